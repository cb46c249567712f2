// The README's quick start on examples/orders-service: two functions build a client per invocation (one through
// a helper), the others build theirs once (constructor, static field, lazy init) and the CLI's main() is no
// handler; against the recorded usage in usage/, the invoice function has four times the memory it uses, the create
// function pays long and frequent INIT phases without SnapStart, and the others are well sized. With
// failOnViolation=false the build passes, the log says where to start, and the report is where the summary says.
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

// the create function's cold starts, at the function in the template, with the INIT phase's monthly cost
assert log.contains('[INFO] template.yaml:[19,3] cold-start: OrderFunction (orders-prod-create) starts slowly and often: '
        + '12 of 140 invocations (8.6%) ran an INIT phase, Init Duration p50 1,925 ms, p95 2,542 ms.')
assert log.contains('$0.43 a month at 512 MB on x86_64 at the recorded traffic (part of the function\'s $0.73 a month')
['InvoiceFunction', 'OrderStatusFunction', 'CancelOrderFunction', 'PriceQuoteFunction'].each { quick ->
    assert !log.readLines().any { it.contains('cold-start: ' + quick + ' (') } : "${quick} starts fast enough"
}
// the usage with its errors, and where to start: the costliest function with findings first
assert log.contains('[INFO] lambda-lint: recorded usage: 608 invocations of 5 functions, 2 errors (0.33%): '
        + 'InvoiceFunction 2 (2 with Status: error).')
assert log.contains('[INFO] lambda-lint: where to start (the function that runs most has the most to gain): '
        + '1. InvoiceFunction (orders-prod-invoice), 541,632 invocations and $9.73 a month: 1 warning; '
        + '2. OrderFunction (orders-prod-create), 294,077 invocations and $0.73 a month: 1 error, 1 info; '
        + '3. PriceQuoteFunction (orders-prod-quote), ')

File out = new File(project, 'target/lambda-lint')
// SARIF names each file from the repository root (%SRCROOT%), as GitHub code scanning reads it; here that is the
// lambda-lint checkout above the example: a uri read back relative to the project folder
def fromProject = { run, File dir, String uri ->
    def root = new File(new URI(run.originalUriBaseIds['%SRCROOT%'].uri)).toPath()
    assert !uri.startsWith('../') && !uri.contains('/../') : "${uri} names a file in the repository"
    dir.toPath().relativize(root.resolve(uri).normalize()).toString().replace(File.separator, '/')
}
def sarif = new JsonSlurper().parse(new File(out, 'lambda-lint.sarif'), 'UTF-8')
def found = sarif.runs[0].results.collect { r ->
    def loc = r.locations[0].physicalLocation
    "${r.ruleId} ${fromProject(sarif.runs[0], project, loc.artifactLocation.uri)}:${loc.region.startLine}".toString()
}.sort()
assert found.size() == 4 : "exactly the two client findings, the cold start and the memory one, got ${found}"
assert found[0].startsWith('client-per-invocation ') && found[0].endsWith('aws/Clients.java:21') : found
assert found[1].startsWith('client-per-invocation ') && found[1].endsWith('handlers/PriceQuoteHandler.java:25') : found
assert found[2] == 'cold-start template.yaml:19' : found
assert found[3] == 'memory-overprovisioned template.yaml:57' : found
String report = new File(out, 'report.html').getText('UTF-8')
assert report.contains('Function <code>InvoiceFunction</code>') && report.contains('>310 MB (15.1%)</text>')
assert report.contains('<h2>Where to start</h2>')
assert report.indexOf('<h2>com.example.orders.handlers.InvoiceHandler::handleRequest') < report.indexOf('<h2>com.example.orders.handlers.OrderHandler::handleRequest') : 'the costliest function\'s handler first'
assert report.contains('<b>Cold starts:</b> 12 of 140 invocations (8.6%): Init Duration p50 1,925 ms, p95 2,542 ms')
def json = new JsonSlurper().parse(new File(out, 'lambda-lint.json'), 'UTF-8')
assert json.functions*.function == ['OrderFunction', 'OrderStatusFunction', 'CancelOrderFunction', 'InvoiceFunction',
                                    'PriceQuoteFunction']
assert json.functions.every { it.usage != null } : 'usage/ covers every function'
assert json.unmatchedUsage == []
assert json.whereToStart*.function == ['InvoiceFunction', 'OrderFunction', 'PriceQuoteFunction']
def order = json.functions.find { it.function == 'OrderFunction' }
assert order.usage.coldStart.initCount == 12 && order.usage.coldStart.initP95Ms == 2542.18
assert order.usage.coldStart.initInMonthlyCost
def client = json.findings.find { it.ruleId == 'client-per-invocation' && it.path.endsWith('Clients.java') }
assert client.functions*.function == ['OrderFunction'] : 'the finding carries the function that runs it'
assert json.summary.usage.errors == 2

// The command line on the same example (the README's CLI quick start), which takes <usage> from the POM as the goal
// does: the same findings as the goal, exit 1; with --no-fail exit 0 and the goal's JSON and SARIF byte for byte
// (the goal ran with failOnViolation=false)
def java = new File(System.getProperty('java.home'), 'bin/java').path
def runCli = { List<String> args ->
    def process = ([java, '-jar', cliJar] + args).execute(null, project)
    def stdout = new StringBuilder(), stderr = new StringBuilder()
    process.waitForProcessOutput(stdout, stderr)
    [exit: process.exitValue(), out: stdout.toString(), err: stderr.toString()]
}
def findingLine = ~/^\[(ERROR|WARNING|INFO)\] \S+:\[\d+,\d+\] [a-z-]+: .*/
def goalFindings = log.readLines().findAll { it ==~ findingLine }
def failing = runCli(['check', project.path, '--output-dir', 'target/cli-check'])
assert failing.exit == 1 : "the example's findings exit 1: ${failing}"
assert failing.out.readLines().findAll { it ==~ findingLine } == goalFindings
assert goalFindings.size() == 4 : "two clients, the cold start and the memory finding: ${goalFindings}"
def passing = runCli(['check', '--no-fail', '--output-dir', 'target/cli-no-fail', '--color=never', project.path])
assert passing.exit == 0 : "--no-fail exits 0: ${passing}"
assert passing.out.readLines().findAll { it ==~ findingLine } == goalFindings
['lambda-lint.json', 'lambda-lint.sarif'].each { name ->
    assert Arrays.equals(new File(out, name).bytes, new File(project, "target/cli-no-fail/${name}").bytes) :
            "${name} differs between the goal and the CLI"
}

// the dry run of lambda-lint:fix: both client findings fixable, the patch written, no source changed
assert log.count('    fixable with lambda-lint:fix') == 2 : 'check marks the two fixable findings'
String patch = new File(out, 'fixes.patch').getText('UTF-8')
assert patch =~ /(?m)^\+\+\+ b\/(\S*\/)?src\/main\/java\/com\/example\/orders\/aws\/Clients.java$/
assert patch =~ /(?m)^\+\+\+ b\/(\S*\/)?src\/main\/java\/com\/example\/orders\/handlers\/PriceQuoteHandler.java$/
assert patch.contains('+        return DYNAMO_DB_CLIENT;')
assert log.contains('dry run, no source changed; 2 fixes in 2 files written to target/lambda-lint/fixes.patch')
assert new File(project, 'src/main/java/com/example/orders/aws/Clients.java').getText('UTF-8')
        .contains('        return DynamoDbClient.builder()') : 'the dry run changed no source'

// the command line's dry run: the goal's lines and the goal's patch, byte for byte; still no source changed
def dryRun = runCli(['fix', '--dry-run', '--output-dir', 'target/cli-fix', '--color=never', project.path])
assert dryRun.exit == 0 : dryRun
def fixLine = ~/^\[INFO\] lambda-lint: (would fix|not fixed) .*/
assert dryRun.out.readLines().findAll { it ==~ fixLine } == log.readLines().findAll { it ==~ fixLine }
assert dryRun.out.contains('[INFO] lambda-lint: dry run, no source changed; 2 fixes in 2 files written to '
        + 'target/cli-fix/fixes.patch (apply it with git apply)') : dryRun
assert Arrays.equals(new File(out, 'fixes.patch').bytes, new File(project, 'target/cli-fix/fixes.patch').bytes) :
        'the patch differs between the goal and the CLI'
assert new File(project, 'src/main/java/com/example/orders/aws/Clients.java').getText('UTF-8')
        .contains('        return DynamoDbClient.builder()') : 'the dry run changed no source'
return true
