package org.imageledger.standalone;

import org.imageledger.infrastructure.store.EventStoreConfiguration;
import org.imageledger.query.history.AuditReadConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What the audit command line needs: the event store and the audit reads, without web, projection or writes. */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({EventStoreConfiguration.class, AuditReadConfiguration.class})
class AuditCommandConfiguration {}
