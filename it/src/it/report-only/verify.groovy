// failOnViolation=false in the pom's plugin configuration: the finding is logged and reported, the build passes.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('[ERROR] src/main/java/com/acme/orders/OrderHandler.java:[15,30] client-per-invocation:')
assert log.contains('failOnViolation is false')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint/lambda-lint.sarif'), 'UTF-8')
assert sarif.runs[0].results*.ruleId == ['client-per-invocation']
String html = new File(basedir, 'target/lambda-lint/report.html').getText('UTF-8')
assert html.contains('The build passes because failOnViolation is false') : 'the verdict'
return true
