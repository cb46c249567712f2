// The CDK app builds its three functions in one helper method; each is read with the arguments of its call, so
// the function the helper's SnapStart argument turns on is judged with SnapStart, at the line of that argument.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def stack = '../../infra/src/main/java/com/myorg/PrimingStack.java'

assert log =~ /\[WARNING\] src\/main\/java\/com\/acme\/priming\/Priming.java:\[9,\d+\] snapstart-unique-state:/ : log
assert log.contains("SnapStart is on for PrimingFunction-2_SNAPSTART (${stack}:25)")
assert !log.contains('NoPriming.java:[') : 'deployed by the call that hands the helper a null SnapStart'
assert log.contains("read the Function at ${stack}:32 once per call of the helper createFunction(...): 3 calls")

// each function at the call that builds it, all three built from this module (Code.fromAsset, per call)
[23: '1_ON_DEMAND', 24: '2_SNAPSTART', 27: '3_PICKED'].each { line, type ->
    assert log.contains("PrimingFunction-${type} (${stack}:${line}) is this module's code") : type
}
def json = new JsonSlurper().parse(new File(basedir, 'software/priming/target/lambda-lint/lambda-lint.json'), 'UTF-8')
assert json.handlers*.handler as Set == ['com.acme.priming.Priming::handleRequest', 'com.acme.priming.NoPriming::handleRequest'] as Set
assert json.findings*.ruleId == ['snapstart-unique-state']
return true
