import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// SnapStart is on through the template's Globals: INIT state and connections are reported, with the setting's line
assert log.contains('src/main/java/com/acme/orders/OrderHandler.java:[16,49] snapstart-unique-state:')
assert log.contains('SnapStart is on for OrderFunction (template.yaml:8)')
assert log.contains('src/main/java/com/acme/orders/OrderHandler.java:[22,32] snapstart-stale-connection:')
assert log.contains('src/main/java/com/acme/orders/OrderHandler.java:[30,31] lambda-sync-invoke:')
assert log.contains('src/main/java/com/acme/orders/OrderHandler.java:[31,80] network-call-without-timeout:')
assert log.contains('src/main/java/com/acme/orders/OrderHandler.java:[32,34] tmp-not-cleaned:')

// the function that opts out of SnapStart keeps the same state without a finding
assert !log.contains('PlainHandler.java')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint/lambda-lint.sarif'))
def ruleIds = sarif.runs[0].results*.ruleId as Set
assert ruleIds == ['snapstart-unique-state', 'snapstart-stale-connection', 'lambda-sync-invoke',
                   'network-call-without-timeout', 'tmp-not-cleaned'] as Set
return true
