package org.imageledger.query.rebuild;

import jakarta.servlet.http.HttpServletRequest;
import org.imageledger.infrastructure.access.AuthenticationFilter;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.web.ApiException;
import org.imageledger.query.processor.ImageMetadataProcessorConfiguration;
import org.imageledger.query.progress.ProjectionProgress;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Projection admin (docs/API.md §3): status for admins and auditors; rebuild and verify for admins only. */
@RestController
@RequestMapping("/v2/admin/projections/" + ImageMetadataProcessorConfiguration.NAME)
class ProjectionAdminController {

    private final ProjectionRebuild rebuild;
    private final ProjectionProgress progress;
    private final EventPages events;

    ProjectionAdminController(ProjectionRebuild rebuild, ProjectionProgress progress, EventPages events) {
        this.rebuild = rebuild;
        this.progress = progress;
        this.events = events;
    }

    @GetMapping
    ProjectionStatus status(HttpServletRequest request) {
        if (!caller(request).readsEverything()) {
            throw ApiException.forbidden("Projection status is for admins and auditors.");
        }
        return document(rebuild.status().orElse(null));
    }

    @PostMapping("/rebuild")
    ResponseEntity<ProjectionStatus> rebuild(HttpServletRequest request) {
        requireAdmin(request);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(document(rebuild.start()));
    }

    @PostMapping("/verify")
    VerificationResult verify(HttpServletRequest request) {
        requireAdmin(request);
        return rebuild.verifyLive();
    }

    private ProjectionStatus document(RebuildStatus rebuildStatus) {
        long position = progress.appliedPosition();
        long head = events.head();
        return new ProjectionStatus(
                ImageMetadataProcessorConfiguration.NAME, position, head, Math.max(0, head - position), rebuildStatus);
    }

    private static void requireAdmin(HttpServletRequest request) {
        if (!caller(request).isAdmin()) {
            throw ApiException.forbidden("Projection admin is for admins.");
        }
    }

    private static Caller caller(HttpServletRequest request) {
        return AuthenticationFilter.callerOf(request);
    }
}
