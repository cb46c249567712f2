import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')

// the build fails on the function that ran out of memory, at its MemorySize line, with the figures
assert log.contains('[ERROR] template.yaml:[16,7] memory-underprovisioned: CheckoutFunction (checkout-prod) ran out of memory')
assert log.contains('Set MemorySize to at least 640 MB')
// and warns on the one that uses a fifth of its memory (enough invocations thanks to the minInvocations option)
assert log.contains('[WARNING] template.yaml:[23,7] memory-overprovisioned: CatalogFunction uses little of its memory: '
        + 'peak Max Memory Used 280 MB is 18.2% of the 1,536 MB configured, over 45 invocations')
assert log.contains('Set MemorySize to 384 MB')
assert log.contains('arm64 at $0.0000133334 per GB-second')
// the well-sized function is quiet; the usage no function matches is listed, not dropped
assert !log.contains('SearchFunction (search-prod) uses little')
assert log.contains("[INFO] lambda-lint: usage of 'legacy-cron' (12 invocations) matches no function in the templates")
// the usage line with its error rate, and where to start: the costliest function with a finding first
assert log.contains('[INFO] lambda-lint: recorded usage: 195 invocations of 3 functions, 1 error (0.51%): '
        + 'CheckoutFunction 1 (1 out of memory).')
assert log.contains('[INFO] lambda-lint: where to start (the function that runs most has the most to gain): '
        + '1. CatalogFunction, 671,360 invocations and $2.20 a month: 1 warning; 2. CheckoutFunction (checkout-prod), ')
assert log.contains('lambda-lint found 2 findings at or above warning (1 error, 1 warning)')

def report = new File(basedir, 'target/lambda-lint/report.html').getText('UTF-8')
assert report.contains('Function <code>CheckoutFunction</code>')
assert report.contains('<svg class="chart memory"')
assert report.contains('<svg class="chart durations"')
assert report.contains('>280 MB (18.2%)</text>') : 'the catalog peak against its configured memory'
assert report.contains('>384 MB</text>') : 'the recommendation'
assert report.contains('A month at the recorded traffic: ')
assert report.contains('<code>legacy-cron</code>: 12 invocations')

def json = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint/lambda-lint.json'))
def catalog = json.functions.find { it.function == 'CatalogFunction' }
assert catalog.usageNames == ['shop-CatalogFunction-7QW3ER5TY8UI']
assert catalog.usage.memory.status == 'overprovisioned'
assert catalog.usage.recommendation.memoryMb == 384
assert json.functions.find { it.function == 'SearchFunction' }.usage.memory.status == 'fits'
assert json.unmatchedUsage == [[name: 'legacy-cron', invocations: 12]]
assert json.summary.usage == [functions: 3, invocations: 195, errors: 1, errorRate: 0.00512821]
assert json.functions.find { it.function == 'CheckoutFunction' }.usage.errors == 1
assert json.whereToStart*.function == ['CatalogFunction', 'CheckoutFunction']

// SARIF names each file from the repository root (%SRCROOT%), as GitHub code scanning reads it; here that is the
// lambda-lint checkout above this project: a uri read back relative to the project folder
def fromProject = { run, File dir, String uri ->
    def root = new File(new URI(run.originalUriBaseIds['%SRCROOT%'].uri)).toPath()
    assert !uri.startsWith('../') && !uri.contains('/../') : "${uri} names a file in the repository"
    dir.toPath().relativize(root.resolve(uri).normalize()).toString().replace(File.separator, '/')
}
def sarif = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint/lambda-lint.sarif'))
def located = sarif.runs[0].results.collect { r ->
    def loc = r.locations[0].physicalLocation
    "${r.ruleId} ${fromProject(sarif.runs[0], basedir, loc.artifactLocation.uri)}:${loc.region.startLine}".toString()
}.sort()
assert located == ['memory-overprovisioned template.yaml:23', 'memory-underprovisioned template.yaml:16']
return true
