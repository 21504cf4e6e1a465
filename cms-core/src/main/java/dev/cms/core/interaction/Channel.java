package dev.cms.core.interaction;

/** How an interaction took place. */
public enum Channel {
    /** An e-mail. */
    EMAIL,
    /** A telephone call. */
    CALL,
    /** A meeting, in person or online. */
    MEETING,
    /** An internal note. */
    NOTE,
    /** A chat conversation. */
    CHAT,
    /** A text message. */
    SMS,
    /** A message on a social network. */
    SOCIAL,
    /** Anything else. */
    OTHER
}
