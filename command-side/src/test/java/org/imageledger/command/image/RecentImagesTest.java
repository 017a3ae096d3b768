package org.imageledger.command.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentImagesTest {

    @Test
    void theLeastRecentlyUsedImageLeavesFirstWhenFull() {
        RecentImages recent = new RecentImages(2);
        recent.put("a", 1);
        recent.put("b", 2);
        assertThat((Integer) recent.get("a")).isEqualTo(1);

        recent.put("c", 3);

        assertThat(recent.containsKey("a")).isTrue();
        assertThat(recent.containsKey("b")).isFalse();
        assertThat(recent.containsKey("c")).isTrue();
        assertThat(recent.size()).isEqualTo(2);
    }

    @Test
    void aCapacityOfZeroKeepsNothing() {
        RecentImages none = new RecentImages(0);
        none.put("a", 1);
        assertThat(none.containsKey("a")).isFalse();
        assertThat(none.size()).isZero();
    }

    @Test
    void removedImagesAreGone() {
        RecentImages recent = new RecentImages(4);
        recent.put("a", 1);
        assertThat(recent.remove("a")).isTrue();
        assertThat(recent.remove("a")).isFalse();
        assertThat((Object) recent.get("a")).isNull();
    }
}
