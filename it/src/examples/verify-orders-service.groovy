// The README's quick start on examples/orders-service: two functions build a client per invocation (one through
// a helper), the others build theirs once (constructor, static field, lazy init) and the CLI's main() is no
// handler; against the recorded usage in usage/, the invoice function has four times the memory it uses and the
// others are well sized. With failOnViolation=false the build passes and the report is where the summary says.
import groovy.json.JsonSlurper

// invoker hands this script (kept outside the example) its own folder as basedir: find the cloned example
File project = new File(basedir, 'build.log').isFile() ? basedir : new File(basedir, '../../target/examples/orders-service')
String log = new File(project, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')

def expected = [
        'src/main/java/com/example/orders/aws/Clients.java:[21,16] client-per-invocation:',
        'src/main/java/com/example/orders/handlers/PriceQuoteHandler.java:[25,27] client-per-invocation:',
]
expected.each { assert log.contains('[ERROR] ' + it) : "log line ${it}" }
assert log.contains('OrderHandler.handleRequest -> OrderHandler.save -> Clients.dynamo') : 'the call chain'
['InvoiceHandler', 'OrderStatusHandler', 'CancelOrderHandler', 'BackfillCli'].each { quiet ->
    assert !log.readLines().any { it.startsWith('[ERROR]') && it.contains(quiet + '.java') } : "${quiet} stays quiet"
}
assert log.contains('Report: target/lambda-lint/report.html')

// the memory of template.yaml against usage/: one over-provisioned function, at its MemorySize line
assert log.contains('[WARNING] template.yaml:[57,7] memory-overprovisioned: InvoiceFunction (orders-prod-invoice) uses '
        + 'little of its memory: peak Max Memory Used 310 MB is 15.1% of the 2,048 MB configured') : 'the invoice function'
assert log.contains('Set MemorySize to 448 MB')
['OrderFunction', 'OrderStatusFunction', 'PriceQuoteFunction'].each { sized ->
    assert !log.readLines().any { it.contains('memory-') && it.contains(' ' + sized + ' (') } : "${sized} is well sized"
}
assert log.contains('[INFO] lambda-lint: CancelOrderFunction (template.yaml:46): too little usage to judge over-provisioning')

File out = new File(project, 'target/lambda-lint')
def sarif = new JsonSlurper().parse(new File(out, 'lambda-lint.sarif'), 'UTF-8')
def found = sarif.runs[0].results.collect { r ->
    def loc = r.locations[0].physicalLocation
    "${r.ruleId} ${loc.artifactLocation.uri}:${loc.region.startLine}".toString()
}.sort()
assert found.size() == 3 : "exactly the two client findings and the memory one, got ${found}"
assert found[0].startsWith('client-per-invocation ') && found[0].endsWith('aws/Clients.java:21') : found
assert found[1].startsWith('client-per-invocation ') && found[1].endsWith('handlers/PriceQuoteHandler.java:25') : found
assert found[2] == 'memory-overprovisioned template.yaml:57' : found
String report = new File(out, 'report.html').getText('UTF-8')
assert report.contains('Function <code>InvoiceFunction</code>') && report.contains('>310 MB (15.1%)</text>')
def json = new JsonSlurper().parse(new File(out, 'lambda-lint.json'), 'UTF-8')
assert json.functions*.function == ['OrderFunction', 'OrderStatusFunction', 'CancelOrderFunction', 'InvoiceFunction',
                                    'PriceQuoteFunction']
assert json.functions.every { it.usage != null } : 'usage/ covers every function'
assert json.unmatchedUsage == []

// the dry run of lambda-lint:fix: both client findings fixable, the patch written, no source changed
assert log.count('    fixable with lambda-lint:fix') == 2 : 'check marks the two fixable findings'
String patch = new File(out, 'fixes.patch').getText('UTF-8')
assert patch =~ /(?m)^\+\+\+ b\/(\S*\/)?src\/main\/java\/com\/example\/orders\/aws\/Clients.java$/
assert patch =~ /(?m)^\+\+\+ b\/(\S*\/)?src\/main\/java\/com\/example\/orders\/handlers\/PriceQuoteHandler.java$/
assert patch.contains('+        return DYNAMO_DB_CLIENT;')
assert log.contains('dry run, no source changed; 2 fixes in 2 files written to target/lambda-lint/fixes.patch')
assert new File(project, 'src/main/java/com/example/orders/aws/Clients.java').getText('UTF-8')
        .contains('        return DynamoDbClient.builder()') : 'the dry run changed no source'
return true
