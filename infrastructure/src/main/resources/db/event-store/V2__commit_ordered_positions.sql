-- Positions in commit order. Every insert into the event table draws its position through this function, which
-- first takes one transaction-scoped advisory lock: appends then draw their positions one transaction at a time, and
-- PostgreSQL makes a transaction visible before it releases its locks, so positions become visible in the order they
-- were drawn. A hole below a visible position is a rolled-back append, for good, and a reader that has passed a
-- position never finds a committed event below it later. The key is "ledgerpo" in ASCII, apart from the rebuild's.
CREATE FUNCTION next_event_position() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7810759523990401135);
    RETURN nextval('domainevententry_globalindex_seq');
END
$$;

ALTER TABLE domainevententry ALTER COLUMN globalindex SET DEFAULT next_event_position();

-- Tokens become plain positions. Axon's gap-aware tokens remember positions below them that held no event yet; the
-- lowest of those may still be an event not applied, so a token resumes just below it. What lies between is applied
-- again, which the projection's per-row version check makes harmless.
UPDATE tokenentry
SET token = convert_to(json_build_object('globalIndex', resume.position)::text, 'UTF8'),
    tokentype = 'org.axonframework.eventhandling.GlobalSequenceTrackingToken'
FROM (SELECT processorname, segment,
             coalesce((SELECT min(gap::bigint) - 1 FROM jsonb_array_elements_text(json -> 'gaps') AS gap),
                      (json ->> 'index')::bigint) AS position
      FROM (SELECT processorname, segment, convert_from(token, 'UTF8')::jsonb AS json FROM tokenentry
            WHERE tokentype = 'org.axonframework.eventhandling.GapAwareTrackingToken' AND token IS NOT NULL) AS stored
     ) AS resume
WHERE tokenentry.processorname = resume.processorname AND tokenentry.segment = resume.segment;
