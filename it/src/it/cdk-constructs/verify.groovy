// The CDK app makes its functions with a construct class of its own, created once per service with props; each
// instance is read with its props, so the instance whose props turn SnapStart on is judged with SnapStart, at the
// line of the stack that turns it on, and named by its construct path as the CDK names its logical id.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def stack = '../../infra/src/main/java/com/myorg/PrimingStack.java'
def service = '../../infra/src/main/java/com/myorg/PrimedService.java'

assert log =~ /\[WARNING\] src\/main\/java\/com\/acme\/priming\/Priming.java:\[9,\d+\] snapstart-unique-state:/ : log
assert log.contains("SnapStart is on for SnapHandler (${stack}:18)") : log
assert !log.contains('NoPriming.java:[') : 'the instance whose props turn SnapStart off'
assert log.contains("read the Function at ${service}:13 once per instance of the construct PrimedService: 2 instances")

// each function at the new that makes it, both built from this module (Code.fromAsset in the construct)
[10: 'OnDemandHandler', 15: 'SnapHandler'].each { line, name ->
    assert log.contains("${name} (${stack}:${line}) is this module's code") : name
}
def json = new JsonSlurper().parse(new File(basedir, 'software/priming/target/lambda-lint/lambda-lint.json'), 'UTF-8')
assert json.handlers*.handler as Set == ['com.acme.priming.Priming::handleRequest', 'com.acme.priming.NoPriming::handleRequest'] as Set
assert json.findings*.ruleId == ['snapstart-unique-state']
return true
