package org.imageledger.infrastructure.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AuthenticationFilterTest {

    private static final Caller MEMBER = new Caller("p1", Set.of(Role.MEMBER));

    private MockHttpServletResponse send(Authenticator authenticator, String token) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v2/images");
        request.addHeader("Accept", "application/json");
        if (token != null) {
            request.addHeader(AuthenticationFilter.HEADER, token);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new AuthenticationFilter(authenticator, "http://127.0.0.1:5000").doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void passesAKnownCallerOn() throws Exception {
        assertThat(send(token -> Optional.of(MEMBER), "good").getStatus()).isEqualTo(200);
    }

    @Test
    void refusesAMissingOrUnknownTokenWith401NamingKeystone() throws Exception {
        for (String token : new String[] {null, "bad"}) {
            MockHttpServletResponse response = send(t -> Optional.empty(), token);
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Keystone uri=\"http://127.0.0.1:5000\"");
            assertThat(response.getContentType()).isEqualTo("application/json");
        }
    }

    @Test
    void answers503WhenKeystoneCannotBeAsked() throws Exception {
        MockHttpServletResponse response = send(t -> {
            throw new IdentityUnavailable("Keystone at http://127.0.0.1:5000 cannot be reached");
        }, "any");
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(response.getContentType()).isEqualTo("application/json");
        assertThat(response.getContentAsString()).contains("identity service cannot be reached");
    }

    @Test
    void asksTheStaticTokensBeforeKeystone() {
        Authenticator statics = TokenRegistry.of(java.util.Map.of("admin-token", "admin:admin"));
        Authenticator keystoneDown = t -> {
            throw new IdentityUnavailable("down");
        };
        assertThat(statics.orElse(keystoneDown).callerFor("admin-token")).contains(new Caller("admin", Set.of(Role.ADMIN)));
    }
}
