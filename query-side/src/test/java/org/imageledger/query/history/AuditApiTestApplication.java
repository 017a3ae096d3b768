package org.imageledger.query.history;

import org.imageledger.infrastructure.access.AccessConfiguration;
import org.imageledger.infrastructure.store.EventStoreConfiguration;
import org.imageledger.infrastructure.web.WebConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * The audit API alone over the event store, with tokens: its tests write events as a command node would, straight to
 * the store. A test configuration, so that the query node's own scan of this package in other tests leaves it out.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@ComponentScan
@Import({EventStoreConfiguration.class, WebConfiguration.class, AccessConfiguration.class})
class AuditApiTestApplication {}
