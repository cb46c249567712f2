// client-per-invocation at info (below the default threshold, warning) and parse-error off: the build passes,
// the finding is logged and reported at info, and the broken file yields nothing.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] src/main/java/com/acme/orders/OrderHandler.java:[12,') : 'logged at its configured level'
assert log.contains('lambda-lint: 1 info in 1 handler')
assert !log.contains('parse-error') : 'a disabled rule reports nothing'

def sarif = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint/lambda-lint.sarif'), 'UTF-8')
def results = sarif.runs[0].results
assert results.collect { it.ruleId } == ['client-per-invocation'] : results
assert results[0].level == 'note'
def json = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint/lambda-lint.json'), 'UTF-8')
assert json.findings.collect { it.severity } == ['info']
return true
