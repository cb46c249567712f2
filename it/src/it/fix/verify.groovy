// The project as written passed its test; the dry run wrote the patch; fix moved the S3 and DynamoDB clients, the
// ObjectMapper and the Pattern into static final fields, took out the closes of the clients it shares now, and left
// alone the handler whose client depends on the event; the fixed project compiled and its test passed again.
String log = new File(basedir, 'build.log').getText('UTF-8')
File original = new File(basedir, '../../../src/it/fix')
def source = { String name -> new File(basedir, "src/main/java/com/acme/orders/${name}").getText('UTF-8') }
def before = { String name -> new File(original, "src/main/java/com/acme/orders/${name}").getText('UTF-8') }
String handler = 'src/main/java/com/acme/orders/OrderHandler.java'

assert log.count('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') >= 2 : 'the test passes before and after the fix'
assert !log.contains('BUILD FAILURE')

File patch = new File(basedir, 'target/lambda-lint/fixes.patch')
assert patch.isFile() : 'the dry run writes target/lambda-lint/fixes.patch'
String diff = patch.getText('UTF-8')
// paths relative to the root of the git work tree around the project (here, lambda-lint's own), as git apply wants
assert diff =~ /(?m)^diff --git a\/(\S*\/)?src\/main\/java\/com\/acme\/orders\/OrderHandler.java b\//
assert diff =~ /(?m)^diff --git a\/(\S*\/)?src\/main\/java\/com\/acme\/orders\/Clients.java b\//
assert !diff.contains('RegionalHandler.java') && !diff.contains('Endpoints.java')
assert log.contains("would fix ${handler}:[") : 'the dry run prints what it would change'
assert log.contains('dry run, no source changed; 5 fixes in 2 files written to target/lambda-lint/fixes.patch')

['init-per-invocation: build the Pattern once, in a new static final field PATTERN of OrderHandler',
 'init-per-invocation: build the ObjectMapper once, in a new static final field OBJECT_MAPPER of OrderHandler',
 'client-per-invocation: build the S3Client once, in a new static final field S3_CLIENT of OrderHandler, and use that field here; it is no longer closed after use',
 'client-per-invocation: build the DynamoDbClient once, in a new static final field DYNAMO_DB_CLIENT of OrderHandler, and use that field here; it is no longer closed after use',
 'client-per-invocation: build the DynamoDbClient once, in a new static final field DYNAMO_DB_CLIENT of Clients',
].each { assert log.contains(it) : "log: ${it}" }
assert log.contains('not fixed src/main/java/com/acme/orders/RegionalHandler.java:[')
assert log.contains('no automatic fix, it is built from per-invocation data (event)')
assert log.contains('5 fixes made in 2 files, 1 finding left to fix by hand')

String fixed = source('OrderHandler.java')
assert fixed.contains('    private static final Pattern PATTERN = Pattern.compile("^[a-z0-9-]+$");')
assert fixed.contains('    private static final ObjectMapper OBJECT_MAPPER = new ObjectMapper();')
assert fixed.contains('''    private static final S3Client S3_CLIENT = S3Client.builder()
            .region(Endpoints.REGION)''')
assert fixed.contains('if (!PATTERN.matcher(id).matches()) {')
assert fixed.contains('json = OBJECT_MAPPER.writeValueAsString(order);')
assert fixed.contains('''        S3Client s3 = S3_CLIENT;
        s3.headBucket(b -> b.bucket("orders-archive"));''') : 'the try-with-resources gave way to its body'
assert fixed.contains('''        DynamoDbClient audit = DYNAMO_DB_CLIENT;
        audit.putItem(''') : 'the finally that closed the client is gone'
assert !fixed.contains('close()') && !fixed.contains('try (')
assert fixed.contains('        DynamoDbClient orders = Clients.dynamo();') : 'the helper call stays'
assert source('Clients.java').contains('        return DYNAMO_DB_CLIENT;')

assert source('RegionalHandler.java') == before('RegionalHandler.java') : 'a file without a fixable finding is untouched'
assert source('Endpoints.java') == before('Endpoints.java')
// every line of the handler outside the changed statements is kept as it was
['/** Stores an order: checks its id, makes sure the archive bucket is there, writes it to DynamoDB and audits it. */',
 '        } catch (JsonProcessingException e) {',
 '            throw new IllegalArgumentException("not JSON: " + order, e);',
 '        audit(id);',
 '        return "stored " + id;'].each { assert fixed.contains(it + '\n') && before('OrderHandler.java').contains(it + '\n') }
return true
