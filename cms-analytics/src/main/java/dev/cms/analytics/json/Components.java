package dev.cms.analytics.json;

import java.lang.reflect.RecordComponent;

/** The record components of each report type, looked up once per class. */
final class Components {
    private static final ClassValue<RecordComponent[]> CACHE = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private Components() {
    }

    /** The components in declaration order; the caller must not change the array. */
    static RecordComponent[] of(Class<?> recordType) {
        return CACHE.get(recordType);
    }
}
