package dev.cms.core.spi;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.segment.Segment;
import dev.cms.core.segment.SegmentId;
import java.util.List;
import java.util.Optional;

/** Stores saved segments. Id order is unsigned UUID order. */
public interface SegmentRepository {
    /**
     * Stores a new segment.
     *
     * @param segment the segment (version 0)
     * @throws ConflictException with {@link ConflictException.Reason#CONCURRENT_MODIFICATION} if the id exists
     */
    void insert(Segment segment);

    /**
     * Replaces a segment with its next version.
     *
     * @param segment the next version
     * @throws NotFoundException if it does not exist
     * @throws ConflictException with {@link ConflictException.Reason#STALE_VERSION} if the stored version is not
     *                           {@code segment.version() - 1}
     */
    void update(Segment segment);

    /**
     * Deletes a segment.
     *
     * @param id      the segment
     * @param version the version the caller read
     * @throws NotFoundException if it does not exist
     * @throws ConflictException with {@link ConflictException.Reason#STALE_VERSION} if the stored version differs
     */
    void delete(SegmentId id, long version);

    /**
     * {@return the segment, or empty}
     *
     * @param id a segment id
     */
    Optional<Segment> findById(SegmentId id);

    /**
     * {@return segments with ids greater than {@code after}, ascending by id}
     *
     * @param after the last id of the previous page, or empty for the first
     * @param limit maximum number to return
     */
    List<Segment> list(Optional<SegmentId> after, int limit);
}
