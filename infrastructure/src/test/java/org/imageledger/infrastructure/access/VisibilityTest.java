package org.imageledger.infrastructure.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    @Test
    void aReaderSeesItsProjectsImagesAndEveryonesPublicAndCommunityOnes() {
        Caller reader = new Caller("p1", Set.of(Role.READER));
        assertThat(Visibility.maySee(reader, "p1", "private", Set.of())).isTrue();
        assertThat(Visibility.maySee(reader, "p2", "public", Set.of())).isTrue();
        assertThat(Visibility.maySee(reader, "p2", "community", Set.of())).isTrue();
        assertThat(Visibility.maySee(reader, "p2", "shared", Set.of())).isFalse();
        assertThat(Visibility.mayChange(reader, "p1")).isFalse();
    }

    @Test
    void aSharedImageIsSeenByItsMemberProjectsOnly() {
        Caller member = new Caller("p1", Set.of(Role.MEMBER));
        assertThat(Visibility.maySee(member, "p2", "shared", Set.of("p1", "p3")))
                .isTrue();
        assertThat(Visibility.maySee(member, "p2", "shared", Set.of("p3"))).isFalse();
        assertThat(Visibility.maySee(member, "p2", "private", Set.of("p1")))
                .as("only shared images have members")
                .isFalse();
        assertThat(Visibility.mayChange(member, "p2")).isFalse();
    }

    @Test
    void aCallerWithoutAnImageRoleSeesNothingNotEvenPublicImages() {
        Caller systemScoped =
                new KeystoneToken(null, Set.of("admin", "member", "reader"), java.time.Instant.MAX).caller();
        Caller otherServicesRole = new Caller("p1", KeystoneToken.roles(Set.of("heat_stack_owner")));
        for (Caller caller : new Caller[] {systemScoped, otherServicesRole}) {
            assertThat(Visibility.maySee(caller, "p1", "private", Set.of())).isFalse();
            assertThat(Visibility.maySee(caller, "p2", "public", Set.of())).isFalse();
            assertThat(Visibility.maySee(caller, "p2", "community", Set.of())).isFalse();
            assertThat(Visibility.mayChange(caller, "p1")).isFalse();
        }
    }
}
