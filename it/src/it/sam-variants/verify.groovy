// template-snapstart.yaml and template-dev.yaml are found beside template.yaml; the OpenAPI template-api.yaml is
// skipped. The function template-dev.yaml declares again under the same name is read once (memory judged once,
// at template.yaml); the SnapStart variant, deployed under its own name, turns the SnapStart rules on.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('skipped ../template-api.yaml: not a deployment template') : log
assert log.contains('skipped ProductFunction of ../template-dev.yaml: ../template.yaml:6 declares it too')
assert log =~ /\[WARNING\] src\/main\/java\/com\/acme\/Products.java:\[8,\d+\] snapstart-unique-state:/
assert log.contains('SnapStart is on for ProductFunction (../template-snapstart.yaml:15)')
assert (log =~ /snapstart-unique-state:/).count == 1 : 'one finding for the line, however many templates'
assert log.contains('[WARNING] ../template.yaml:[13,7] memory-overprovisioned: ProductFunction (products) uses little')
assert (log =~ /memory-overprovisioned:/).count == 1 : 'not again at template-dev.yaml'
assert !log.contains("usage of 'products' fits several functions")

def json = new JsonSlurper().parse(new File(basedir, 'ProductFunction/target/lambda-lint/lambda-lint.json'), 'UTF-8')
assert json.functions*.path == ['../template.yaml', '../template-snapstart.yaml']
assert json.functions.find { it.path == '../template.yaml' }.usageNames == ['products']
return true
