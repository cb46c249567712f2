// Per module, check writes one SARIF each with its own automation id, and check in orders follows the call into
// shared; aggregate writes one report for the reactor, with paths relative to the root, and finds the client the
// orders handler builds through shared.
import groovy.json.JsonSlurper

def slurp = { String path -> new JsonSlurper().parse(new File(basedir, path), 'UTF-8') }
// SARIF names each file from the repository root (%SRCROOT%), as GitHub code scanning reads it; here that is the
// lambda-lint checkout above this project: a uri read back relative to the project folder
def fromProject = { run, File dir, String uri ->
    def root = new File(new URI(run.originalUriBaseIds['%SRCROOT%'].uri)).toPath()
    assert !uri.startsWith('../') && !uri.contains('/../') : "${uri} names a file in the repository"
    dir.toPath().relativize(root.resolve(uri).normalize()).toString().replace(File.separator, '/')
}

def orders = slurp('orders/target/lambda-lint/lambda-lint.sarif')
def shared = slurp('shared/target/lambda-lint/lambda-lint.sarif')
assert orders.runs[0].automationDetails.id == 'lambda-lint/orders/'
assert shared.runs[0].automationDetails.id == 'lambda-lint/shared/'
assert shared.runs[0].results.isEmpty() : 'alone, shared has no handler and so no finding'
assert orders.runs[0].results.collect {
    fromProject(orders.runs[0], new File(basedir, 'orders'), it.locations[0].physicalLocation.artifactLocation.uri)
}.sort() ==
        ['../shared/src/main/java/com/acme/shared/Clients.java', 'src/main/java/com/acme/orders/OrderHandler.java'] :
        'check in orders follows the call into shared, which orders depends on'

def aggregate = slurp('target/lambda-lint/lambda-lint.sarif')
assert aggregate.runs.size() == 1
def run = aggregate.runs[0]
assert run.automationDetails.id == 'lambda-lint/multi-module/'
assert orders.runs[0].originalUriBaseIds == run.originalUriBaseIds : 'every SARIF names files from the repository root'
def found = run.results.collect {
    "${it.ruleId} ${fromProject(run, basedir, it.locations[0].physicalLocation.artifactLocation.uri)}".toString()
}
assert found.sort() == ['client-per-invocation orders/src/main/java/com/acme/orders/OrderHandler.java',
                        'client-per-invocation shared/src/main/java/com/acme/shared/Clients.java'] : found
def chain = run.results.find { it.locations[0].physicalLocation.artifactLocation.uri.contains('/shared/src/') }
        .codeFlows[0].threadFlows[0].locations.collect { it.location.message.text }
assert chain == ['OrderHandler.handleRequest', 'Clients.dynamo'] : chain
assert new File(basedir, 'target/lambda-lint/report.html').isFile()
assert slurp('target/lambda-lint/lambda-lint.json').summary.findings == 2

def baseline = slurp('lambda-lint-baseline.json')
assert baseline.findings.collect { it.path }.sort() == ['orders/src/main/java/com/acme/orders/OrderHandler.java',
                                                        'shared/src/main/java/com/acme/shared/Clients.java']
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains(', 2 baselined') : 'the strict aggregate build passes on the baselined findings'
assert !log.contains('BUILD FAILURE')
return true
