// After baseline, check passes; after a new handler with a new finding, check fails on that one only. The
// builds' logs may be kept apart or together: the assertions hold either way.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
def old = 'src/main/java/com/acme/orders/OrderHandler.java'
def added = 'src/more/java/com/acme/orders/RefundHandler.java'

File baselineFile = new File(basedir, 'lambda-lint-baseline.json')
assert baselineFile.isFile() : 'the baseline goal writes lambda-lint-baseline.json at the project base'
def baseline = new JsonSlurper().parse(baselineFile, 'UTF-8')
assert baseline.schemaVersion == 2
assert baseline.findings.collect { it.path } == [old] : "the one finding of the first build: ${baseline.findings}"
assert baseline.findings[0].ruleId == 'client-per-invocation'
assert baseline.findings[0].identity.startsWith('client-per-invocation | com.acme.orders.OrderHandler | ') :
        baseline.findings[0].identity

assert !log.readLines().any { it.startsWith('[ERROR] ' + old) } : 'the baselined finding never fails or logs as new'
assert log.contains("[ERROR] ${added}:[12,".toString()) : 'the new finding is logged'
assert log.contains('lambda-lint found 1 finding at or above warning (1 error)') : 'only the new one counts'
assert log.contains(', 1 baselined') : 'the summary says how many were baselined'

// SARIF names each file from the repository root (%SRCROOT%), as GitHub code scanning reads it; here that is the
// lambda-lint checkout above this project: a uri read back relative to the project folder
def fromProject = { run, File dir, String uri ->
    def root = new File(new URI(run.originalUriBaseIds['%SRCROOT%'].uri)).toPath()
    assert !uri.startsWith('../') && !uri.contains('/../') : "${uri} names a file in the repository"
    dir.toPath().relativize(root.resolve(uri).normalize()).toString().replace(File.separator, '/')
}
def sarif = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint/lambda-lint.sarif'), 'UTF-8')
def states = sarif.runs[0].results.collectEntries { r ->
    [(fromProject(sarif.runs[0], basedir, r.locations[0].physicalLocation.artifactLocation.uri)): r.baselineState]
}
assert states == [(old): 'unchanged', (added): 'new'] : states
return true
