package com.acme.shared;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Lazily initialised clients: each guard runs its body once per execution environment. */
public class Repository {
    private static volatile S3Client s3;
    private DynamoDbClient client;
    private KmsClient kms;
    private SesClient ses;
    private SsmClient ssm;

    public String find(String id) {
        notAGuard();
        return client().toString() + s3() + kms() + ses() + ssm();
    }

    private DynamoDbClient client() {
        if (client == null) {
            client = DynamoDbClient.create();
        }
        return client;
    }

    private static S3Client s3() {
        if (s3 == null) {
            synchronized (Repository.class) {
                if (s3 == null) {
                    s3 = S3Client.create();
                }
            }
        }
        return s3;
    }

    private KmsClient kms() {
        if (kms != null) {
            return kms;
        }
        kms = KmsClient.create();
        return kms;
    }

    private SesClient ses() {
        return ses == null ? (ses = SesClient.create()) : ses;
    }

    private SsmClient ssm() {
        if (Objects.isNull(this.ssm)) {
            this.ssm = SsmClient.create();
        }
        return ssm;
    }

    /** A null check on a local is no guard: the local is new on every call. */
    private void notAGuard() {
        SnsClient local = null;
        if (local == null) {
            local = SnsClient.create(); // Noncompliant
        }
    }
}
