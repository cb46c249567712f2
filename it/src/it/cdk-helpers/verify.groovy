// The CDK app builds its three functions in one helper method; each is read with the arguments of its call, so
// the function the helper's SnapStart argument turns on is judged with SnapStart, at the line of that argument.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def stack = '../../infra/src/main/java/com/myorg/PrimingStack.java'

assert log =~ /\[WARNING\] src\/main\/java\/com\/acme\/priming\/Priming.java:\[9,\d+\] snapstart-unique-state:/ : log
assert log.contains("SnapStart is on for PrimingFunction-2_SNAPSTART (${stack}:25)")
assert !log.contains('NoPriming.java:[') : 'deployed by the call that hands the helper a null SnapStart'
assert log.contains('read the Function at ' + stack.substring(6) + ':31 once per call of the helper createFunction(...): 3 calls')

def json = new JsonSlurper().parse(new File(basedir, 'software/priming/target/lambda-lint/lambda-lint.json'), 'UTF-8')
assert json.functions*.function as Set == ['PrimingFunction-1_ON_DEMAND', 'PrimingFunction-2_SNAPSTART',
        'PrimingFunction-3_PICKED'] as Set : 'all three are built from this module (Code.fromAsset, per call)'
assert json.functions.find { it.function == 'PrimingFunction-2_SNAPSTART' }.line == 24 : 'at the call that builds it'
assert json.handlers as Set == ['com.acme.priming.Priming::handleRequest', 'com.acme.priming.NoPriming::handleRequest'] as Set
return true
