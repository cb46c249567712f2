// Both modules declare helloworld.App and helloworld.Storage: aggregate judges both handlers, each with its own
// module's Storage, so the client Hello World builds per invocation is found and the Orders one kept in a static
// field is not, and no call chain crosses from one module into the other.
// The root template deploys each module as its own function (CodeUri): each module's handler is paired with its own
// function only, as check in that module would pair it. Only OrdersFunction runs with SnapStart, so Hello World's
// per-environment state is no finding; Hello World's client is Hello World's traffic, not Orders'.
import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint/lambda-lint.json'), 'UTF-8')
assert json.handlers == ['helloworld.App::handleRequest', 'helloworld.App::handleRequest'] : json.handlers
assert json.summary.handlers == 2
assert json.findings.collect { "${it.ruleId} ${it.path}:${it.line}".toString() } ==
        ['client-per-invocation HelloWorldFunction/src/main/java/helloworld/Storage.java:7',
         'memory-overprovisioned template.yaml:25'] : json.findings
def client = json.findings[0]
assert client.callChain.collect { it.method } == ['App.handleRequest', 'Storage.put']
assert client.callChain.every { it.path.startsWith('HelloWorldFunction/') } : client.callChain
assert client.functions*.function == ['HelloWorldFunction'] : client.functions

// each function with its own memory and usage, and where to start counts each function's own findings
assert json.functions.collect { "${it.function} ${it.memoryMb} ${it.usageNames}".toString() } ==
        ['HelloWorldFunction 768 [hello-prod]', 'OrdersFunction 2048 [orders-prod]'] : json.functions
assert json.findings[1].functions*.function == ['OrdersFunction']
assert json.whereToStart.collect { "${it.function} ${it.error} ${it.warning}".toString() } ==
        ['OrdersFunction 0 1', 'HelloWorldFunction 1 0'] : json.whereToStart
return true
