package dev.lambdalint.config;

import java.util.List;

/**
 * The usage parameters of a front end, as the user gave them (see {@link Parameters#usage}).
 *
 * @param files                usage files or directories, each entry possibly a comma-separated list
 * @param functionNames        entries {@code usage-name=LogicalId}
 * @param stackName            the CloudFormation stack the templates deploy as; null or blank when unknown
 * @param aws                  whether usage is read live from AWS
 * @param awsRegion            the live mode's region; null for the SDK's chain
 * @param awsProfile           the live mode's profile; null for the SDK's chain
 * @param awsLookBackDays      how many days of logs the live mode reads
 * @param awsFunctionPrefix    also read every function whose deployed name starts with this; null for none
 * @param awsTimeBudgetSeconds the most time the live mode may take in all
 */
public record UsageParameters(List<String> files, List<String> functionNames, String stackName, boolean aws,
                              String awsRegion, String awsProfile, int awsLookBackDays, String awsFunctionPrefix,
                              int awsTimeBudgetSeconds) {
}
