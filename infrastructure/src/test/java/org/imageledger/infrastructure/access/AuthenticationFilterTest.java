package org.imageledger.infrastructure.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AuthenticationFilterTest {

    private static final Caller MEMBER = new Caller("p1", Set.of(Role.MEMBER));

    /** One request a second after the burst, on a clock that stands still. */
    private static AnonymousPacing pacing(int burst, Duration maxDelay) {
        return new AnonymousPacing(1, burst, maxDelay, () -> 0);
    }

    private MockHttpServletResponse send(Authenticator authenticator, String token) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v2/images");
        request.addHeader("Accept", "application/json");
        if (token != null) {
            request.addHeader(AuthenticationFilter.HEADER, token);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new AuthenticationFilter(authenticator, "http://127.0.0.1:5000", pacing(100, Duration.ofSeconds(1)))
                .doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletResponse send(AuthenticationFilter filter, String path, String token)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (token != null) {
            request.addHeader(AuthenticationFilter.HEADER, token);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void anonymousRequestsBeyondTheirPaceAnswer429AndAuthenticatedOnesAreNeverPaced() throws Exception {
        AuthenticationFilter filter = new AuthenticationFilter(
                t -> t.equals("good") ? Optional.of(MEMBER) : Optional.empty(), "", pacing(2, Duration.ZERO));
        assertThat(send(filter, "/versions", null).getStatus()).isEqualTo(200);
        assertThat(send(filter, "/v2/images", "bad").getStatus()).isEqualTo(401);
        MockHttpServletResponse refused = send(filter, "/versions", "bad");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString()).contains("too_many_requests");
        assertThat(send(filter, "/v2/images", null).getStatus()).isEqualTo(429);
        for (int i = 0; i < 10; i++) {
            assertThat(send(filter, "/versions", "good").getStatus()).isEqualTo(200);
            assertThat(send(filter, "/v2/images", "good").getStatus()).isEqualTo(200);
        }
        assertThat(send(filter, "/actuator/health", null).getStatus())
                .as("health has a pace of its own")
                .isEqualTo(200);
        filter.destroy();
    }

    @Test
    void theOpenDocumentsAnswerAnUnknownTokenAndAnUnreachableIdentityServiceAsAnonymous() throws Exception {
        AuthenticationFilter filter = new AuthenticationFilter(
                t -> {
                    throw new IdentityUnavailable("down");
                },
                "",
                pacing(100, Duration.ofSeconds(1)));
        for (String path : new String[] {"/", "/versions", "/actuator/health", "/v3/api-docs"}) {
            assertThat(send(filter, path, "any").getStatus()).as(path).isEqualTo(200);
        }
        filter.destroy();
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
        MockHttpServletResponse response = send(
                t -> {
                    throw new IdentityUnavailable("Keystone at http://127.0.0.1:5000 cannot be reached");
                },
                "any");
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
        assertThat(statics.orElse(keystoneDown).callerFor("admin-token"))
                .contains(new Caller("admin", Set.of(Role.ADMIN)));
    }
}
