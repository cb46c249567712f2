// The CDK app makes its bucket and queue in one stack and its functions in another; the app's main hands the
// resources over in a props object (the bucket by a getter, the queue by a field). The function that writes under
// the prefix that triggers it is a loop across the stacks, the other function's writes to that bucket are not.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def compute = '../../infra/src/main/java/com/myorg/ComputeStack.java'

assert log =~ /\[ERROR\] src\/main\/java\/com\/acme\/docs\/Processor.java:\[16,\d+\] self-invocation: Processor -> s3:PutObject Documents -> Processor/ : log

def json = new JsonSlurper().parse(new File(basedir, 'software/docs/target/lambda-lint/lambda-lint.json'), 'UTF-8')
assert json.functions*.function as Set == ['Processor', 'Indexer'] as Set
assert json.functions.find { it.function == 'Processor' }.memoryMb == 1024 : 'the setting main hands in the props'
assert log.contains('Processor (../../infra/src/main/java/com/myorg/DocsApp.java:13)') : 'located where main sets it'
assert json.functions.every { it.path == compute }
def loops = json.findings.findAll { it.ruleId == 'self-invocation' }
assert loops.size() == 1 : loops*.message
assert loops[0].path == 'src/main/java/com/acme/docs/Processor.java'
assert loops[0].message.contains("triggers Processor (${compute}:27)") : loops[0].message
assert loops[0].message.contains("named by environment variable DOCUMENTS, set at ${compute}:25") : loops[0].message
return true
