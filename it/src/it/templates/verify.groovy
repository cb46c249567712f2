import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// the loop, reported at the call that closes it, named from the template
assert log.contains('src/main/java/com/acme/thumbs/ThumbnailHandler.java:[15,12] self-invocation:')
assert log.contains('ThumbnailFunction -> s3:PutObject UploadsBucket -> ThumbnailFunction')

// a handler that only the template names is analyzed like any other
assert log.contains('src/main/java/com/acme/jobs/Nightly.java:[8,30] client-per-invocation:')
assert log.contains('via Nightly.run')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint/lambda-lint.sarif'))
def ruleIds = sarif.runs[0].results*.ruleId as Set
assert ruleIds == ['self-invocation', 'client-per-invocation'] as Set

def json = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint/lambda-lint.json'))
assert json.handlers*.handler.contains('com.acme.jobs.Nightly::run')
return true
