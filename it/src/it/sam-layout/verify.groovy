// Each function module finds the template at the root, names the function it is deployed as, and judges only
// that one: a trigger loop in HelloWorldFunction, over-provisioned memory in OtherFunction.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def slurp = { String path -> new JsonSlurper().parse(new File(basedir, path), 'UTF-8') }

// HelloWorldFunction: the loop at the call that closes it, with the trigger's line in the root template
assert log =~ /\[ERROR\] src\/main\/java\/helloworld\/App.java:\[14,\d+\] self-invocation: HelloWorldFunction -> s3:PutObject UploadsBucket -> HelloWorldFunction/ : log
assert log.contains('triggers HelloWorldFunction (../template.yaml:26)')
def hello = slurp('HelloWorldFunction/target/lambda-lint/lambda-lint.json')
assert hello.functions*.function == ['HelloWorldFunction'] : 'only the function deployed from this module'
assert hello.handlers*.handler == ['helloworld.App::handleRequest']

// Other: the same class, another function; its memory at the MemorySize line of the root template
assert log.contains('[WARNING] ../template.yaml:[38,7] memory-overprovisioned: OtherFunction (sam-app-other) uses '
        + 'little of its memory') : log
def other = slurp('Other/target/lambda-lint/lambda-lint.json')
assert other.functions*.function == ['OtherFunction']
assert other.functions[0].usageNames == ['sam-app-other']
assert !other.findings.any { it.ruleId == 'self-invocation' } : 'the bucket triggers the other module\'s function'
assert !log.contains("usage of 'sam-app-other'") : 'its usage is matched, in both modules, never listed as unmatched'

// the SARIF path of the template above the module names it from the repository root (%SRCROOT%, here the
// lambda-lint checkout holding this project), as GitHub code scanning reads it: no '../'
def sarif = slurp('Other/target/lambda-lint/lambda-lint.sarif')
def run = sarif.runs[0]
def uri = run.results.find { it.ruleId == 'memory-overprovisioned' }.locations[0].physicalLocation.artifactLocation.uri
def root = new File(new URI(run.originalUriBaseIds['%SRCROOT%'].uri))
assert new File(basedir, 'Other').canonicalPath.startsWith(root.canonicalPath + File.separator)
assert uri == root.toPath().relativize(new File(basedir, 'template.yaml').toPath()).toString()
        .replace(File.separator, '/') : uri
assert new File(new URI(run.originalUriBaseIds['%SRCROOT%'].uri).resolve(uri)).canonicalPath ==
        new File(basedir, 'template.yaml').canonicalPath
return true
