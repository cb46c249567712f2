// The README's quick start on examples/orders-service: two functions build a client per invocation (one through
// a helper), the others build theirs once (constructor, static field, lazy init) and the CLI's main() is no
// handler. With failOnViolation=false the build passes and the report is where the summary says.
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

File out = new File(project, 'target/lambda-lint')
def sarif = new JsonSlurper().parse(new File(out, 'lambda-lint.sarif'), 'UTF-8')
def found = sarif.runs[0].results.collect { r ->
    def loc = r.locations[0].physicalLocation
    "${r.ruleId} ${loc.artifactLocation.uri}:${loc.region.startLine}".toString()
}.sort()
assert found.size() == 2 : "exactly the two findings, got ${found}"
assert found[0].startsWith('client-per-invocation ') && found[0].endsWith('aws/Clients.java:21') : found
assert found[1].startsWith('client-per-invocation ') && found[1].endsWith('handlers/PriceQuoteHandler.java:25') : found
assert new File(out, 'report.html').isFile()
assert new File(out, 'lambda-lint.json').isFile()
return true
