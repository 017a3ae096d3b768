package org.imageledger.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** A query node: the projection and the read API, without the write side. */
@SpringBootApplication
@Import(QuerySideConfiguration.class)
public class QueryNodeApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryNodeApplication.class, args);
    }
}
