// check runs in the lifecycle of each module of a parallel build; files that are no template are skipped, not
// reported; lambda-lint:help describes the goals and their parameters.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('thread count of 2') : 'the build ran with -T 2'
assert log =~ /lambda-lint-maven-plugin:[^:\s]+:check \(default\) @ a/ : 'check bound to verify in a'
assert log =~ /lambda-lint-maven-plugin:[^:\s]+:check \(default\) @ b/ : 'and in b'
assert !log.contains('parse-error') : 'template.json (OpenAPI), api.template.json and package.json are no templates'
assert !log.contains('BUILD FAILURE')

def a = new JsonSlurper().parse(new File(basedir, 'a/target/lambda-lint/lambda-lint.json'), 'UTF-8')
assert a.handlers*.handler == ['com.acme.a.Reports::run'] : 'the handler its own template names'
assert a.summary.findings == 0
def b = new JsonSlurper().parse(new File(basedir, 'b/target/lambda-lint/lambda-lint.json'), 'UTF-8')
assert b.handlers*.handler == [] : 'module a\'s template deploys no code of b'
assert b.summary.findings == 0

// mvn lambda-lint:help -Ddetail -Dgoal=check
assert log.contains('lambda-lint:check')
assert log.contains('failOnSeverity')
assert log.contains('repositoryRoot')
assert log.contains('User property: lambda-lint.templates')
return true
