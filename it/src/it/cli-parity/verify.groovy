// The same engine stage behind both front ends: the CLI jar, with no option but where to write, takes the POM's
// configuration as the goal does, prints the goal's lines, writes the same JSON and SARIF byte for byte, and exits
// 1 where the goal failed the build; the options that spell out the same configuration change nothing, and an option
// given wins over the POM. `cliJar` is the jar the cli module just built (the invoker's script variables).
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')

def java = new File(System.getProperty('java.home'), 'bin/java').path
def runCli = { List<String> options, Map<String, String> env = [:], String outputDir = 'target/cli' ->
    def environment = (System.getenv() + env).collect { k, v -> "${k}=${v}".toString() }
    def process = ([java, '-jar', cliJar, 'check', basedir.path, '--color', 'never', '--output-dir', outputDir]
            + options).execute(environment, basedir)
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    [exit: process.exitValue(), out: out.toString(), err: err.toString()]
}
def options = ['--fail-on-severity', 'info', '--excludes', '**/legacy/**', '--client-types', 'com.acme.shop.LedgerClient',
               '--templates', 'template.yaml', '--usage', 'usage', '--function-names', 'legacy-cron=SearchFunction',
               '--stack-name', 'shop', '--rule-option', 'memory-overprovisioned.minInvocations=40',
               '--rule-option', 'memory-overprovisioned.minMonthlySaving=0',
               '--rule', 'init-per-invocation:info', '--disable-rule', 'timeout-risk']
def cli = runCli([])
assert cli.exit == 1 : "findings at the threshold exit 1: ${cli}"
assert cli.err == '' : cli.err
assert cli.out.contains('[INFO] lambda-lint: settings from pom.xml: clientTypes, excludes, failOnSeverity, '
        + 'functionNames, rules, stackName, templates, usage (an option given here wins)') : cli.out
assert !cli.out.contains('not taken') : cli.out

// every finding line the CLI prints is the goal's log line; the goal logged no other
def findingLine = ~/^\[(ERROR|WARNING|INFO)\] \S+:\[\d+,\d+\] [a-z-]+: .*/
def cliFindings = cli.out.readLines().findAll { it ==~ findingLine }
def goalFindings = log.readLines().findAll { it ==~ findingLine }
assert cliFindings.size() >= 4 : "the client, the in-house client, the ObjectMapper and the memory findings: ${cli.out}"
assert cliFindings == goalFindings
assert cliFindings.any { it.startsWith('[ERROR] src/main/java/com/acme/shop/CatalogHandler.java:[12,9] client-per-invocation: LedgerClient') } : cliFindings
assert cliFindings.any { it.startsWith('[INFO] src/main/java/com/acme/shop/CatalogHandler.java:[11,31] init-per-invocation:') } : cliFindings
assert !cliFindings.any { it.contains('legacy/') || it.contains('timeout-risk') } : cliFindings
assert cli.out.contains('[ERROR] lambda-lint found ') && log.contains('[ERROR] Failed to execute goal')

// the same reports, byte for byte: the same project directory, tool version and automation id
['lambda-lint.json', 'lambda-lint.sarif'].each { name ->
    byte[] goal = new File(basedir, "target/lambda-lint/${name}").bytes
    byte[] fromCli = new File(basedir, "target/cli/${name}").bytes
    assert goal.length > 0
    assert Arrays.equals(goal, fromCli) : "${name} differs between the goal and the CLI"
}
assert new File(basedir, 'target/cli/lambda-lint.sarif').getText('UTF-8').contains('"lambda-lint/cli-parity/"')

// the options that spell out the POM's configuration give the same reports; an option given wins over the POM
def spelt = runCli(['--no-cache'] + options, [:], 'target/cli-spelt')
assert spelt.exit == 1 : spelt
assert spelt.out.readLines().findAll { it ==~ findingLine } == goalFindings
['lambda-lint.json', 'lambda-lint.sarif'].each { name ->
    assert Arrays.equals(new File(basedir, "target/lambda-lint/${name}").bytes,
            new File(basedir, "target/cli-spelt/${name}").bytes) : "${name} differs with the options spelt out"
}
def overridden = runCli(['--no-cache', '--excludes', 'nothing/**'])
assert overridden.exit == 1
assert overridden.out.contains('legacy/OldHandler.java') : 'the excluded file is analyzed with --excludes given'

// the live mode in the merged jar: the SDK finds its HTTP client through the merged META-INF/services files and
// fails only at the connection (a local port nothing listens on), which is a warning, not a crash
int closedPort = new ServerSocket(0).withCloseable { it.localPort }
def live = runCli(['--no-cache', '--no-fail', '--aws', '--aws-region', 'us-east-1', '--aws-time-budget-seconds', '5'],
        [AWS_ENDPOINT_URL: "http://127.0.0.1:${closedPort}".toString(), AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
         AWS_SECRET_ACCESS_KEY: 'example', AWS_EC2_METADATA_DISABLED: 'true'])
assert live.exit == 0 : live
assert live.out.contains('[WARNING] lambda-lint: usage aws: cannot reach AWS for lambda:') : live
assert !(live.out + live.err).contains('Unable to load') && !live.err.contains('SLF4J') : live
return true
