package org.imageledger.testing;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;

/**
 * A source for a second query node started inside the test's JVM: another process would claim segments under its
 * own name; inside this one, the second node needs a name. Not a {@code @Configuration}, which an application's
 * component scan would find.
 */
public class OtherNodeIdentity {

    /** The owner the second node writes into the token table. */
    public static final String NODE_ID = "other-query-node";

    @Bean
    public TokenStore tokenStore(ConnectionProvider connections, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .nodeId(NODE_ID)
                .build();
    }
}
