package org.imageledger.query;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.imageledger.testing.LedgerClient;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A query node on a real PostgreSQL: a throwaway embedded one, or a throwaway database on the server that
 * {@code IMAGE_LEDGER_DATASOURCE_URL} names.
 * Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = QueryNodeApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "image-ledger.ephemeral=true",
            "image-ledger.admin-token=" + LedgerClient.ADMIN_TOKEN,
            "image-ledger.auth.tokens.demo-reader=demo:reader",
            "image-ledger.auth.tokens.other-reader=other:reader",
            "image-ledger.auth.tokens.auditor-secret=audit:auditor"
        })
public @interface QueryNodeIT {}
