package org.imageledger.query.history;

import org.imageledger.infrastructure.access.AccessConfiguration;
import org.imageledger.infrastructure.store.EventStoreConfiguration;
import org.imageledger.infrastructure.web.WebConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/** The audit API alone over the event store: its tests write events as a command node would, straight to the store. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
@Import({EventStoreConfiguration.class, WebConfiguration.class, AccessConfiguration.class})
class AuditApiTestApplication {}
