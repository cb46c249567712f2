// The violating function: the build failed, the log names the finding compiler-style, and the SARIF and HTML
// reports hold it (the HTML with the source escaped).
import groovy.json.JsonSlurper

def source = 'src/main/java/com/acme/orders/OrderHandler.java'
def line = 15
def column = 30

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains("[ERROR] ${source}:[${line},${column}] client-per-invocation:".toString()) :
        'the finding line, compiler style, at ERROR level'
assert log.contains('DynamoDbClient') : 'the message names the client type'
assert log.contains('OrderHandler.handleRequest') : 'the message names the handler'
assert log.contains('lambda-lint found 1 finding at or above warning (1 error)') : 'the failure names the counts'
assert log.contains('BUILD FAILURE')

File out = new File(basedir, 'target/lambda-lint')
File sarifFile = new File(out, 'lambda-lint.sarif')
assert sarifFile.isFile() : 'SARIF written even when the build fails'
assert new File(out, 'lambda-lint.json').isFile()

def sarif = new JsonSlurper().parse(sarifFile, 'UTF-8')
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.rules.find { it.id == 'client-per-invocation' } : 'the rule is described'
def results = run.results.findAll { it.ruleId == 'client-per-invocation' }
assert results.size() == 1 : "one client-per-invocation result, got ${results}"
def result = results[0]
assert result.level == 'error'
def physical = result.locations[0].physicalLocation
String uri = physical.artifactLocation.uri
assert uri == source || uri.endsWith('/' + source) : "SARIF uri ${uri} names ${source}"
assert !uri.startsWith('/') && !uri.startsWith('file:') : "SARIF uri ${uri} is relative"
assert physical.region.startLine == line
assert physical.region.startColumn == column

File htmlFile = new File(out, 'report.html')
assert htmlFile.isFile()
String html = htmlFile.getText('UTF-8')
assert html.contains('client-per-invocation')
assert html.contains('OrderHandler.java')
assert html.contains('OrderHandler.handleRequest')
assert html.contains('The build fails: 1 finding at or above warning (1 error).') : 'the verdict'
// A string literal in the handler, next to the client, tries to break out of the page.
assert !html.contains('</script><img') : 'source text is never written into the page raw'
assert !html.contains('<img src=x') : 'source text is never written into the page raw'
// the report shows the code around the finding: the line with the literal is there, escaped
assert html.contains('DynamoDbClient.create()') : 'the code line of the finding is shown'
assert html.contains('&lt;/script&gt;&lt;img src') : 'the code line with the literal is shown escaped'
return true
