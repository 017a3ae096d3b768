package org.imageledger.command.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imageledger.command.CommandNodeApplication;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Images kept between writes are counted by what they hold, so large ones cannot outgrow the heap. */
@SpringBootTest(classes = CommandNodeApplication.class, properties = "image-ledger.command.image-cache-size=1MB")
class ImageCacheBudgetIT {

    private static final Caller MEMBER = new Caller("budget", Set.of(Role.MEMBER));

    @Autowired
    CommandGateway commands;

    @Autowired
    RecentImages recent;

    @Test
    void writtenImagesAreWeighedAndTheBudgetHolds() {
        recent.removeAll();
        String first = create(Map.of("blob", "x".repeat(60_000)));
        assertThat(recent.containsKey(first)).isTrue();
        assertThat(recent.heldBytes()).isGreaterThan(120_000);

        for (int i = 0; i < 20; i++) {
            create(Map.of("blob", "y".repeat(60_000)));
        }

        assertThat(recent.heldBytes()).isLessThanOrEqualTo(1024 * 1024);
        assertThat(recent.size()).isBetween(2, 9);
        assertThat(recent.containsKey(first)).isFalse();
    }

    private String create(Map<String, String> properties) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateImage(
                id,
                new ImageValues("big", null, null, "private", false, 0, 0, "budget", false, properties, List.of()),
                MEMBER));
        return id;
    }
}
