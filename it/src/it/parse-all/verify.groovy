// -Dlambda-lint.parseAll=true: the syntax error of a file no handler can reach is reported too (by default only the
// files that can take part in a handler's model are parsed, and the compiler reports the others' errors).
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('src/main/java/com/acme/tools/Broken.java:[5,') : 'the broken tool is reported'
assert log.contains('parse-error')
assert log.contains('client-per-invocation') : 'the handler is still analyzed'
return true
