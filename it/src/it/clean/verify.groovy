// Clients built once per execution environment (static final field, constructor, lazy init): no finding.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert !log.contains('client-per-invocation') : 'no finding on a correct project'
assert !log.contains('[ERROR]')
assert log.contains('Report: target/lambda-lint/report.html') : 'the summary names the report, relative'

File out = new File(basedir, 'target/lambda-lint')
['lambda-lint.sarif', 'lambda-lint.json', 'report.html'].each { name ->
    assert new File(out, name).isFile() : "${name} written"
}
def sarif = new JsonSlurper().parse(new File(out, 'lambda-lint.sarif'), 'UTF-8')
assert sarif.runs[0].results.isEmpty() : "no SARIF result, got ${sarif.runs[0].results}"
return true
