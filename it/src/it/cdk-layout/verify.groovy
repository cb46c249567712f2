// The function module finds the CDK app beside it (infra/, cdk.json, Java source), names the function it is
// deployed as, and points the memory finding and the trigger loop at the lines of the CDK source.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def stack = '../../infra/src/main/java/com/myorg/OrdersStack.java'

assert log =~ /\[ERROR\] src\/main\/java\/com\/example\/orders\/Worker.java:\[16,\d+\] self-invocation: OrdersWorker -> sqs:SendMessage OrdersQueue -> OrdersWorker/ : log
assert log.contains("triggers OrdersWorker (${stack}:35)")
assert log.contains("named by environment variable QUEUE_URL, set at ${stack}:33")
assert log.contains("[WARNING] ${stack}:[31,18] memory-overprovisioned: OrdersWorker (orders-worker) uses little of "
        + 'its memory') : 'at .memorySize(2048)'

def json = new JsonSlurper().parse(new File(basedir, 'software/orders/target/lambda-lint/lambda-lint.json'), 'UTF-8')
assert json.functions*.function == ['OrdersWorker'] : 'ReportsFunction is built from another module'
assert json.functions[0].path == stack
assert json.functions[0].architecture == 'arm64'
assert json.functions[0].usageNames == ['orders-worker']
assert json.handlers*.handler == ['com.example.orders.Worker::handleRequest']
return true
