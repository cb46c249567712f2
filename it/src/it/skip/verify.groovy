// -Dlambda-lint.skip=true: the violating project passes, nothing is analyzed, no report is written.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('lambda-lint: skipped')
assert !log.contains('client-per-invocation')
assert !new File(basedir, 'target/lambda-lint').exists() : 'no report when skipped'
return true
