package org.imageledger.query.metadata;

/** What one event after its image's creation does to the image's rows, as a change of their final values. */
sealed interface RowChange {

    void applyTo(ImageRowChanges image);

    record SetColumn(ImageColumn column, Object value) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            image.columns.put(column, value);
        }
    }

    record SetProperty(String key, String value) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            image.properties.put(key, value);
        }
    }

    record RemoveProperty(String key) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            image.properties.put(key, null);
        }
    }

    record AddTag(String tag) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            image.tags.put(tag, true);
        }
    }

    record RemoveTag(String tag) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            image.tags.put(tag, false);
        }
    }
}
