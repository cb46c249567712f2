// Both modules declare helloworld.App and helloworld.Storage: aggregate judges both handlers, each with its own
// module's Storage, so the client Hello World builds per invocation is found and the Orders one kept in a static
// field is not, and no call chain crosses from one module into the other.
// The root template deploys each module as its own function (CodeUri): each module's handler is paired with its own
// function only, as check in that module would pair it. Only OrdersFunction runs with SnapStart, so Hello World's
// per-environment state is no finding; Hello World's client is Hello World's traffic, not Orders'.
import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint/lambda-lint.json'), 'UTF-8')
// the two helloworld.App handlers told apart by their module, as is each finding
assert json.handlers.collect { "${it.module} ${it.handler}".toString() } ==
        ['it.lambdalint:HelloWorldFunction helloworld.App::handleRequest',
         'it.lambdalint:OrdersFunction helloworld.App::handleRequest'] : json.handlers
assert json.summary.handlers == 2
assert json.findings.collect { "${it.ruleId} ${it.path}:${it.line}".toString() } ==
        ['client-per-invocation HelloWorldFunction/src/main/java/helloworld/Storage.java:7',
         'memory-overprovisioned template.yaml:25'] : json.findings
def client = json.findings[0]
assert client.callChain.collect { it.method } == ['App.handleRequest', 'Storage.put']
assert client.callChain.every { it.path.startsWith('HelloWorldFunction/') } : client.callChain
assert client.functions*.function == ['HelloWorldFunction'] : client.functions
assert client.module == 'it.lambdalint:HelloWorldFunction' : client
assert json.findings[1].module == 'it.lambdalint:OrdersFunction' : json.findings[1]

// each function with its own memory and usage, and where to start counts each function's own findings
assert json.functions.collect { "${it.function} ${it.memoryMb} ${it.usageNames}".toString() } ==
        ['HelloWorldFunction 768 [hello-prod]', 'OrdersFunction 2048 [orders-prod]'] : json.functions
assert json.functions*.modules == [['it.lambdalint:HelloWorldFunction'], ['it.lambdalint:OrdersFunction']]
assert json.findings[1].functions*.function == ['OrdersFunction']
assert json.whereToStart.collect { "${it.function} ${it.error} ${it.warning}".toString() } ==
        ['OrdersFunction 0 1', 'HelloWorldFunction 1 0'] : json.whereToStart

// the HTML report: one group per module's handler, each with its own finding and its own function only, every id
// of the page unique, and where to start linking to the right group
def html = new File(basedir, 'target/lambda-lint/report.html').getText('UTF-8')
def ids = (html =~ /\sid="([^"]+)"/).collect { it[1] }
assert ids.size() == ids.toSet().size() : "duplicate ids: ${ids.countBy { it }.findAll { it.value > 1 }}"
def groups = (html =~ /(?s)<section class="group" id="([^"]+)">\s*<h2>(.*?)<\/h2>(.*?)<\/section>/).collect {
    [anchor: it[1], title: it[2], body: it[3]]
}
// a module is named by its coordinates, it.lambdalint:<artifactId>
assert groups*.anchor.sort() == ['group-it-lambdalint-HelloWorldFunction-helloworld-App--handleRequest',
                                 'group-it-lambdalint-OrdersFunction-helloworld-App--handleRequest'] : groups*.anchor
def group = { String module -> groups.find { it.anchor.startsWith("group-it-lambdalint-${module}-") } }
def functionsOf = { g -> (g.body =~ /<h3>Function <code>(\w+)<\/code>/).collect { it[1] } }
def locationsOf = { g -> (g.body =~ /<article class="finding[^>]*>\s*<h3>.*?<span class="location">([^<]+)<\/span>/)
        .collect { it[1] } }
def hello = group('HelloWorldFunction'), orders = group('OrdersFunction')
assert hello.title.contains('helloworld.App::handleRequest') && hello.title.contains('<code>it.lambdalint:HelloWorldFunction</code>')
assert orders.title.contains('<code>it.lambdalint:OrdersFunction</code>') : orders.title
assert functionsOf(hello) == ['HelloWorldFunction'] : functionsOf(hello)
assert functionsOf(orders) == ['OrdersFunction'] : functionsOf(orders)
assert locationsOf(hello) == ['HelloWorldFunction/src/main/java/helloworld/Storage.java:7:' + json.findings[0].column]
assert locationsOf(orders) == ['template.yaml:25:' + json.findings[1].column] : locationsOf(orders)
def starts = (html =~ /<li><a href="#([^"]+)"><code>(\w+)[^<]*<\/code><\/a>/).collect { "${it[2]} ${it[1]}".toString() }
assert starts == ['OrdersFunction ' + orders.anchor, 'HelloWorldFunction ' + hello.anchor] : starts

// the SARIF names each file from the repository root (%SRCROOT%), as GitHub code scanning reads it
def sarif = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint/lambda-lint.sarif'), 'UTF-8')
def root = new URI(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri)
assert sarif.runs[0].results.collect { r ->
    def uri = r.locations[0].physicalLocation.artifactLocation.uri
    assert !uri.contains('../') : uri
    basedir.toPath().relativize(new File(root.resolve(uri)).toPath()).toString().replace(File.separator, '/')
} == json.findings*.path
return true
