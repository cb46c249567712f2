// Both modules declare helloworld.App and helloworld.Storage: aggregate judges both handlers, each with its own
// module's Storage, so the client Hello World builds per invocation is found and the Orders one kept in a static
// field is not, and no call chain crosses from one module into the other.
import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint/lambda-lint.json'), 'UTF-8')
assert json.handlers == ['helloworld.App::handleRequest', 'helloworld.App::handleRequest'] : json.handlers
assert json.summary.handlers == 2
assert json.findings.collect { "${it.ruleId} ${it.path}:${it.line}".toString() } ==
        ['client-per-invocation HelloWorldFunction/src/main/java/helloworld/Storage.java:7'] : json.findings
def chain = json.findings[0].callChain
assert chain.collect { it.method } == ['App.handleRequest', 'Storage.put']
assert chain.every { it.path.startsWith('HelloWorldFunction/') } : chain
return true
