package org.imageledger.query.history;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** An integration test of the audit API over a real PostgreSQL; every such test shares one application context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = AuditApiTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "image-ledger.ephemeral=true",
            "logging.level.org.axonframework=WARN",
            "image-ledger.auth.tokens." + AuditApi.ADMIN_TOKEN + "=admin:admin",
            "image-ledger.auth.tokens.reader-a=project-a:reader",
            "image-ledger.auth.tokens.reader-b=project-b:reader",
            "image-ledger.auth.tokens.member-a=project-a:member",
            "image-ledger.auth.tokens.auditor=audit:auditor"
        })
@interface AuditApiTest {}
