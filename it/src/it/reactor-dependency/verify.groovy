// check in the function module follows the handler's call into the common module it depends on, and reports
// the client built there once, with a path relative to the function module; common alone has no handler.
import groovy.json.JsonSlurper

def slurp = { String path -> new JsonSlurper().parse(new File(basedir, path), 'UTF-8') }

def function = slurp('function/target/lambda-lint/lambda-lint.json')
assert function.summary.findings == 1 : function.findings
def finding = function.findings[0]
assert finding.ruleId == 'client-per-invocation'
assert finding.path == '../common/src/main/java/com/acme/common/OrderRepository.java'
assert finding.line == 11
assert finding.message.contains('DynamoDbClient') && finding.message.contains('OrderHandler.handleRequest')
assert finding.callChain.collect { it.method } == ['OrderHandler.handleRequest', 'OrderRepository.save']

// SARIF names each file from the repository root (%SRCROOT%), as GitHub code scanning reads it; here that is the
// lambda-lint checkout above this project: a uri read back relative to the project folder
def fromProject = { run, File dir, String uri ->
    def root = new File(new URI(run.originalUriBaseIds['%SRCROOT%'].uri)).toPath()
    assert !uri.startsWith('../') && !uri.contains('/../') : "${uri} names a file in the repository"
    dir.toPath().relativize(root.resolve(uri).normalize()).toString().replace(File.separator, '/')
}
def sarif = slurp('function/target/lambda-lint/lambda-lint.sarif')
assert sarif.runs[0].results.collect {
    fromProject(sarif.runs[0], new File(basedir, 'function'), it.locations[0].physicalLocation.artifactLocation.uri)
} ==
        ['../common/src/main/java/com/acme/common/OrderRepository.java']

def common = slurp('common/target/lambda-lint/lambda-lint.json')
assert common.findings.isEmpty() : 'common has no handler of its own'

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('../common/src/main/java/com/acme/common/OrderRepository.java:[11,') : 'the console names the file from the function module'
return true
