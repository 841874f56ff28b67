/**
 * Types of the MOU Casework HTTP API, generated from docs/openapi.json by
 * `npm run generate:api-types`. Do not edit: change the API's DTOs and regenerate.
 */

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check that PostgreSQL and Temporal answer */
        get: operations["healthCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password */
        post: operations["authLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the token belongs to */
        get: operations["authMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (needs the current one); your other sessions end */
        post: operations["authChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/set-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a password with the link of an invitation or reset e-mail (once, before it expires) */
        post: operations["authSetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cases, filtered and paged */
        get: operations["casesList"];
        put?: never;
        /** Open an inspection case */
        post: operations["casesOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case with its clocks, escalations, approvals and timeline */
        get: operations["casesDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the case's event hash chain */
        get: operations["casesVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/investigation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request a PRC investigation (starts the 60-day clock) */
        post: operations["casesRequestInvestigation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/visit-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request a visit to the facility (starts the 60-day clock) */
        post: operations["casesRequestVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/prc-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the PRC's investigation report */
        post: operations["casesRecordPrcReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/visit-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the visit date the PRC proposes */
        post: operations["casesScheduleVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the visit held, with or without full access */
        post: operations["casesRecordVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/us-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the US visit report */
        post: operations["casesIssueUsReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/access-denied": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the PRC refused access */
        post: operations["casesRecordAccessDenied"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the case with an outcome */
        post: operations["casesClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the case */
        post: operations["casesWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed or withdrawn case */
        post: operations["casesReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/enforcement-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Begin the enforcement review */
        post: operations["casesBeginEnforcementReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/petition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a petition alleging prison-labor goods (a conforming one starts the 10-day clock of 19 CFR 12.42(c)) */
        post: operations["casesRecordPetition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/petition/forwarded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the conforming petition was forwarded to the Commissioner of CBP (meets the 12.42(c) clock) */
        post: operations["casesForwardPetition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/prc-investigation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the PRC asked the US to investigate an allegation (starts the US 60-day clock, SOC 1994) */
        post: operations["casesRecordPrcInvestigationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/us-investigation-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the US investigation report the PRC asked for */
        post: operations["casesIssueUsInvestigationReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/notes/{noteId}/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Edit the diplomatic note drafted at a PRC breach (an approval given before is taken away) */
        post: operations["casesEditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/notes/{noteId}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the diplomatic note (four-eyes: not the supervisor who edited it, nor the investigator of the case) */
        post: operations["casesApproveNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/notes/{noteId}/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the approved diplomatic note sent; the date sent is a case event */
        post: operations["casesMarkNoteSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reassign the case to another investigator or supervisor */
        post: operations["casesReassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/deadlines/{deadlineKey}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a clock */
        post: operations["casesPause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/deadlines/{deadlineKey}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused clock */
        post: operations["casesResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/deadlines/{deadlineKey}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend a clock by a number of days */
        post: operations["casesExtend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List four-eyes approvals by status, each saying whether the caller may decide it */
        get: operations["approvalsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a four-eyes request */
        post: operations["approvalsApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a four-eyes request */
        post: operations["approvalsReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List escalations, highest level first */
        get: operations["escalationsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge an escalation */
        post: operations["escalationsAcknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agenda of the next bilateral meeting: cases whose PRC clock reached senior escalation */
        get: operations["agendaGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the date of a bilateral meeting */
        post: operations["agendaSetMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List import entries */
        get: operations["entriesList"];
        put?: never;
        /** File an import entry with its certification */
        post: operations["entriesFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import entry with its clocks and timeline */
        get: operations["entriesDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File proof that detained goods are admissible */
        post: operations["entriesFileProof"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Export excluded goods */
        post: operations["entriesExportGoods"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/protest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Protest an exclusion */
        post: operations["entriesFileProtest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release detained goods */
        post: operations["entriesRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/exclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exclude detained goods */
        post: operations["entriesExclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend the time to file proof */
        post: operations["entriesExtend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/protest-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant or deny a protest */
        post: operations["entriesDecideProtest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/name-match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm or clear a near match of the manufacturer's name */
        post: operations["entriesDecideNameMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a manufacturer and category before shipping */
        get: operations["entriesScreening"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deadline board: every open clock, with a count per state */
        get: operations["boardList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the deadline board as CSV */
        get: operations["boardDeadlinesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export all cases as CSV */
        get: operations["boardCasesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's in-app inbox */
        get: operations["notificationsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: operations["notificationsMarkRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/failed-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** E-mails not delivered after their last attempt, most recent first */
        get: operations["failedMessagesList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/failed-messages/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed e-mail again: back in the outbox, due now, with a fresh count of attempts */
        post: operations["failedMessagesRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live stream of committed changes the caller may see */
        get: operations["eventsStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List facilities */
        get: operations["facilitiesList"];
        put?: never;
        /** Register a facility */
        post: operations["facilitiesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/aggregate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facilities in aggregate: counts by status and each facility's status dates, without cases or reasons */
        get: operations["facilitiesAggregate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One facility with its status history */
        get: operations["facilitiesGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/unblock-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to unblock a blocked facility */
        post: operations["facilitiesRequestUnblock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/names": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a facility's aliases, Chinese name and pinyin */
        put: operations["facilityNamesSetNames"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List product categories */
        get: operations["referenceDataList"];
        put?: never;
        /** Add a product category */
        post: operations["referenceDataCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-categories/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a product category */
        patch: operations["referenceDataUpdate"];
        trace?: never;
    };
    "/api/v1/product-categories/{code}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a product category on a source: no longer offered for new filings; records that name it keep it */
        post: operations["referenceDataRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List reviews */
        get: operations["reviewsList"];
        put?: never;
        /** Start the programme year's one-year review */
        post: operations["reviewsStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decision rule's thresholds in force (the settings version in force), which a new review takes unless started with others */
        get: operations["reviewsThresholds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the decision rule gives on today's data, for any window and thresholds */
        get: operations["reviewsWhatIf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One review */
        get: operations["reviewsDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/report.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review report as Markdown */
        get: operations["reviewsMarkdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/report.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review report as HTML */
        get: operations["reviewsHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review report as PDF */
        get: operations["reviewsPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/facts.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The facts the review counted, as CSV */
        get: operations["reviewsFacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign off the review */
        post: operations["reviewsSignOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A holiday calendar: its version in force, its closure days and every version */
        get: operations["calendarsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{id}/closures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a day (a new version); open entries re-project their business-day clocks */
        post: operations["calendarsClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{id}/reopenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closure day (a new version); open entries re-project their business-day clocks */
        post: operations["calendarsReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The settings version new cases take, and every version */
        get: operations["settingsGet"];
        put?: never;
        /** Save a new settings version over the current one; new cases take it, open cases keep theirs */
        post: operations["settingsSave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/apply-to-open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open cases on an older settings version, which applying the version in force would move */
        get: operations["settingsOpenCasesToApply"];
        put?: never;
        /** Apply the version in force to the open cases: their clocks are re-projected on it, each case records the move */
        post: operations["settingsApplyToOpenCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The clock rules and escalation ladders in force */
        get: operations["rulesDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/case-stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stages of a case, in the order the process runs */
        get: operations["rulesCaseStages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List active users, optionally by role, each saying whether a case may be assigned to them */
        get: operations["usersList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every user, active first */
        get: operations["peopleList"];
        put?: never;
        /** Create a user with a role and e-mail them a one-time link to set their password */
        post: operations["peopleInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's role (and importer); applies to their very next request */
        patch: operations["peopleChangeRole"];
        trace?: never;
    };
    "/api/v1/people/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a user's password and sessions and e-mail them a one-time link to set a new one */
        post: operations["peopleResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a user: refused from their very next request, whatever token they hold */
        post: operations["peopleDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the importers */
        get: operations["organisationsList"];
        put?: never;
        /** Add an importer */
        post: operations["organisationsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the audit log, newest first, a page at a time */
        get: operations["auditList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the audit log as CSV under the same filters */
        get: operations["auditCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chain-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the hash chain of any record's history against the head it keeps */
        get: operations["chainVerificationVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chain-verification/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the scheduled re-verification of every chain last found, its open breaks, and the last anchor */
        get: operations["chainVerificationStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chain-verification/anchor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the chains as stored now against the last anchor of their heads kept outside the database */
        get: operations["chainVerificationAnchor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the facility's event hash chain, from its creation, against its head */
        get: operations["recordVerificationFacility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the entry's event hash chain against its head */
        get: operations["recordVerificationEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the review's hash chain (opening, summaries, report, sign-off) and its stored row */
        get: operations["recordVerificationReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load historical cases with their dated facts
         * @description Each case is checked whole (its fields, its investigator, its facts in the order they happened against the legal moves, no date in the future) before its workflow starts; a refused case writes nothing. A case whose externalReference was imported before is left as it is.
         */
        post: operations["importsRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's documents, oldest first */
        get: operations["documentsListForCase"];
        put?: never;
        /** Upload a document to a case (multipart, field "file") */
        post: operations["documentsUploadToCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An entry's documents, oldest first */
        get: operations["documentsListForEntry"];
        put?: never;
        /** Upload a document to an import entry (multipart, field "file") */
        post: operations["documentsUploadToEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document, byte for byte as uploaded */
        get: operations["documentsDownload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute a document's SHA-256 from the stored bytes and check it against its upload and the events that recorded it */
        get: operations["documentsVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register of Withhold Release Orders and Findings, filtered */
        get: operations["ordersList"];
        put?: never;
        /** Propose a Withhold Release Order or a Finding; a second supervisor approves it */
        post: operations["ordersPropose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/aggregate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register in aggregate: counts by kind, status, product category and year */
        get: operations["ordersAggregate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with its history, the entries it holds and its pending request */
        get: operations["ordersGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/modification-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to change the product categories or first day of an order in force */
        post: operations["ordersRequestModification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/revocation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to revoke an order in force */
        post: operations["ordersRequestRevocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the order's pending request (issue, modify or revoke) */
        post: operations["ordersApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject the order's pending request */
        post: operations["ordersReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        DependencyHealthDto: {
            up: boolean;
            /** @description How long the probe took (at most about 3 s) */
            latencyMs: number;
            /** @description Why the probe failed */
            error?: string;
        };
        TemporalHealthDto: {
            up: boolean;
            /** @description How long the probe took (at most about 3 s) */
            latencyMs: number;
            /** @description Why the probe failed */
            error?: string;
            /** @example 1.30.4 */
            serverVersion?: string;
            /** @description `postgres12` on the cluster profile and in docker-compose.yml, `sqlite` on the dev server */
            persistenceStore?: string;
            visibilityStore?: string;
            /** @description History shards the server was created with */
            historyShardCount?: number;
            /** @example default */
            namespace: string;
        };
        WorkersHealthDto: {
            up: boolean;
            /** @description How long the probe took (at most about 3 s) */
            latencyMs: number;
            /** @description Why the probe failed */
            error?: string;
            taskQueue: string;
            /** @description Distinct workers that polled the task queue within the last 90 s */
            polling: number;
            /** @description The polling workers' identities (process id and host) */
            identities: string[];
        };
        HealthDto: {
            /** @enum {string} */
            status: "ok" | "degraded";
            database: components["schemas"]["DependencyHealthDto"];
            temporal: components["schemas"]["TemporalHealthDto"];
            /** @description Reported, not required: health stays ok with no worker polling */
            workers: components["schemas"]["WorkersHealthDto"];
        };
        HealthFailureDto: {
            /** @enum {string} */
            status: "ok" | "degraded";
            database: components["schemas"]["DependencyHealthDto"];
            temporal: components["schemas"]["TemporalHealthDto"];
            /** @description Reported, not required: health stays ok with no worker polling */
            workers: components["schemas"]["WorkersHealthDto"];
            /** @example 503 */
            statusCode: number;
            /** @example Service Unavailable */
            error: string;
        };
        ErrorResponseDto: {
            /** @example 404 */
            statusCode: number;
            /**
             * @description The HTTP reason phrase
             * @example Not Found
             */
            error: string;
            /**
             * @description A sentence for the person at the screen
             * @example Case 6f1c… was not found
             */
            message: string;
        };
        ValidationErrorResponseDto: {
            /** @example 404 */
            statusCode: number;
            /**
             * @description The HTTP reason phrase
             * @example Not Found
             */
            error: string;
            /**
             * @description A sentence for the person at the screen
             * @example Case 6f1c… was not found
             */
            message: string;
            /**
             * @description Field path → problems; empty when the body as a whole could not be read
             * @example {
             *       "allegation.summary": [
             *         "summary should not be empty"
             *       ]
             *     }
             */
            fields: {
                [key: string]: string[];
            };
        };
        ConflictErrorResponseDto: {
            /** @example 404 */
            statusCode: number;
            /**
             * @description The HTTP reason phrase
             * @example Not Found
             */
            error: string;
            /**
             * @description A sentence for the person at the screen
             * @example Case 6f1c… was not found
             */
            message: string;
            /**
             * @description Machine-readable reason, e.g. IllegalTransition, FourEyes, ReportNotReady
             * @example IllegalTransition
             */
            reason: string;
        };
        LoginDto: {
            /**
             * Format: email
             * @example investigator@example.gov
             */
            email: string;
            /** @example demo-password */
            password: string;
        };
        AuthUserDto: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "investigator" | "supervisor" | "policy" | "importer" | "admin";
            displayName: string;
            /** @description What the user's role may do; every route names the one it needs */
            permissions: ("case:create" | "case:read" | "case:advance" | "case:verify" | "case:assign" | "deadline:manage" | "approval:read" | "approval:decide" | "escalation:read" | "escalation:acknowledge" | "facility:read" | "facility:create" | "facility:unblock" | "facility:aggregate" | "facility:names" | "reference:read" | "reference:manage" | "entry:file" | "entry:read" | "entry:respond" | "entry:decide" | "screening:check" | "user:read" | "profile:read" | "deadline:board" | "case:export" | "inbox:read" | "events:stream" | "review:start" | "review:read" | "review:report" | "review:sign-off" | "review:what-if" | "profile:password" | "user:manage" | "audit:read" | "chain:verify" | "import:run" | "document:read" | "settings:manage" | "order:read" | "order:request" | "order:decide" | "order:aggregate" | "mail:failed" | "note:manage" | "agenda:read" | "agenda:manage")[];
        };
        LoginResponseDto: {
            /** @description Send as `Authorization: Bearer <token>` */
            accessToken: string;
            /** @description Seconds until the token expires */
            expiresIn: number;
            user: components["schemas"]["AuthUserDto"];
        };
        ChangePasswordDto: {
            /** @description The password in use now */
            currentPassword: string;
            newPassword: string;
        };
        SetPasswordDto: {
            /** @description The token of the link in the invitation or reset e-mail */
            token: string;
            password: string;
        };
        PasswordSetDto: {
            /**
             * Format: email
             * @description Sign in with this e-mail and the new password
             */
            email: string;
            displayName: string;
        };
        AllegationDto: {
            /** @example Hydraulic presses exported under a front company */
            summary: string;
            /** @example NGO report, 2026-10 */
            source: string;
            /**
             * @example [
             *       "MACHINE_PRESSES"
             *     ]
             */
            productCategories: string[];
        };
        OpenCaseDto: {
            /** Format: uuid */
            facilityId: string;
            allegation: components["schemas"]["AllegationDto"];
            /**
             * Format: uuid
             * @description Supervisors may assign the case; investigators are assigned their own cases.
             */
            assigneeId?: string;
        };
        CloseOutcomeChoiceDto: {
            /** @enum {string} */
            outcome: "NO_ACTION" | "WRO_RECOMMENDED" | "FINDING_RECOMMENDED" | "FACILITY_BLOCKED";
            allowed: boolean;
            /** @description Why the case cannot be closed with this outcome now */
            reason?: string;
        };
        DeadlineDto: {
            /** @example PRC_VISIT-1 */
            key: string;
            /** @enum {string} */
            kind: "PRC_INVESTIGATION_REPORT" | "PRC_VISIT" | "US_VISIT_REPORT" | "PETITION_FORWARDING" | "US_INVESTIGATION_REPORT" | "ENTRY_DECISION" | "ENTRY_PROOF" | "ENTRY_EXPORT_OR_PROTEST" | "PROTEST_DECISION" | "PROGRAMME_REVIEW";
            title: string;
            /** @enum {string} */
            owedBy: "PRC" | "US" | "IMPORTER" | "CBP";
            legalBasis: string;
            /** Format: date-time */
            startedAt: string;
            /**
             * Format: date-time
             * @description Null while paused
             */
            dueAt: string | null;
            /** Format: date-time */
            atRiskAt: string | null;
            /** Format: date-time */
            metAt: string | null;
            /** @enum {string} */
            state: "on_track" | "at_risk" | "overdue" | "paused" | "met" | "missed" | "cancelled";
            /** @description Whole days to the due instant, negative when late; null when not running */
            daysLeft: number | null;
            escalationLevel: number;
            /** Format: date-time */
            nextStepAt: string | null;
            /** @description Legal basis, start, budget, calendar version, pauses and extensions, and a sentence */
            explanation: {
                [key: string]: unknown;
            };
        };
        EscalationDto: {
            /** @description The case id, the deadline key and the level */
            id: string;
            /** @example PRC_VISIT-1 */
            deadlineKey: string;
            level: number;
            /** @enum {string} */
            type: "REMINDER" | "BREACH" | "SENIOR_ESCALATION" | "PROVISIONAL_WRO" | "DEEMED_REFUSAL";
            description: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            acknowledgedBy: string | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
        };
        ApprovalDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "PROVISIONAL_WRO" | "BLOCK_FACILITY" | "UNBLOCK_FACILITY" | "ISSUE_ORDER" | "MODIFY_ORDER" | "REVOKE_ORDER";
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "cancelled";
            reason: string;
            /** @description User id, or `system` when a clock asked */
            requestedBy: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: uuid */
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
        };
        DiplomaticNoteFactsDto: {
            /** @example PRC_VISIT-1 */
            deadlineKey: string;
            /** @enum {string} */
            kind: "PRC_INVESTIGATION_REPORT" | "PRC_VISIT" | "US_VISIT_REPORT" | "PETITION_FORWARDING" | "US_INVESTIGATION_REPORT" | "ENTRY_DECISION" | "ENTRY_PROOF" | "ENTRY_EXPORT_OR_PROTEST" | "PROTEST_DECISION" | "PROGRAMME_REVIEW";
            /**
             * Format: date-time
             * @description When the US made the request the PRC has not answered
             */
            requestedAt: string;
            /**
             * Format: date-time
             * @description The breach, when the note was drafted
             */
            breachAt: string;
            /** @description Calendar days from the request to the breach */
            daysElapsed: number;
            /** @description The days the obligation allows */
            budgetDays: number;
            legalBasis: string;
            facilityName: string;
            caseReference: string | null;
        };
        DiplomaticNoteDto: {
            /** Format: uuid */
            id: string;
            /** @example PRC_VISIT-1 */
            deadlineKey: string;
            /**
             * @description WITHDRAWN: a fact dated before the breach withdrew the breach it was drafted at
             * @enum {string}
             */
            status: "DRAFT" | "APPROVED" | "SENT" | "WITHDRAWN";
            /** @description The text as drafted, or as a supervisor last edited it */
            text: string;
            facts: components["schemas"]["DiplomaticNoteFactsDto"];
            /** Format: date-time */
            draftedAt: string;
            /** Format: uuid */
            editedBy: string | null;
            /** Format: date-time */
            editedAt: string | null;
            /** Format: uuid */
            approvedBy: string | null;
            /** Format: date-time */
            approvedAt: string | null;
            /** Format: uuid */
            sentBy: string | null;
            /** Format: date-time */
            sentAt: string | null;
        };
        CaseTimelineEventDto: {
            /** @description Position in the case's hash chain, from 1 */
            sequence: number;
            /** @example VISIT_REQUESTED */
            type: string;
            /** @description User id, or `system` when a clock acted */
            actorId: string;
            /**
             * Format: date-time
             * @description When it took effect
             */
            occurredAt: string;
            /** @description What the event carries; its keys depend on the type */
            payload: {
                [key: string]: unknown;
            };
            /** @description SHA-256 over the previous hash and this event */
            hash: string;
            /**
             * Format: date-time
             * @description When the system was told of it (later than occurredAt for a fact entered late)
             */
            recordedAt: string;
        };
        CaseDetailDto: {
            /** Format: uuid */
            id: string;
            /** @example MOU-2026-000042 */
            reference: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            allegation: components["schemas"]["AllegationDto"];
            /** @enum {string} */
            stage: "OPEN" | "INVESTIGATION_REQUESTED" | "VISIT_REQUESTED" | "PRC_REPORT_RECEIVED" | "VISIT_SCHEDULED" | "VISIT_CONDUCTED" | "US_REPORT_ISSUED" | "ENFORCEMENT_REVIEW" | "ACCESS_DENIED" | "CLOSED" | "WITHDRAWN" | "REOPENED";
            /** @enum {string|null} */
            outcome: "NO_ACTION" | "WRO_RECOMMENDED" | "FINDING_RECOMMENDED" | "FACILITY_BLOCKED" | null;
            /** Format: uuid */
            assigneeId: string;
            /** Format: uuid */
            openedBy: string;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            nextDeadlineAt: string | null;
            escalationLevel: number;
            /** @description The settings version whose clock rules the case runs on; null for a case opened before settings had versions */
            rulesVersion: number | null;
            /** @description The moves the case allows now */
            legalActions: ("REQUEST_INVESTIGATION" | "REQUEST_VISIT" | "RECORD_PRC_REPORT" | "SCHEDULE_VISIT" | "RECORD_VISIT" | "ISSUE_US_REPORT" | "RECORD_ACCESS_DENIED" | "BEGIN_ENFORCEMENT_REVIEW" | "CLOSE" | "WITHDRAW" | "REOPEN" | "RECORD_PETITION" | "FORWARD_PETITION" | "RECORD_PRC_INVESTIGATION_REQUEST" | "ISSUE_US_INVESTIGATION_REPORT")[];
            /** @description The outcomes the case may be closed with now */
            legalOutcomes: ("NO_ACTION" | "WRO_RECOMMENDED" | "FINDING_RECOMMENDED" | "FACILITY_BLOCKED")[];
            /** @description Every outcome, and why the case cannot be closed with it now when it cannot */
            closeOutcomes: components["schemas"]["CloseOutcomeChoiceDto"][];
            /** @description Whether the case can still move without being reopened (neither closed nor withdrawn): it can be reassigned */
            isOpen: boolean;
            deadlines: components["schemas"]["DeadlineDto"][];
            escalations: components["schemas"]["EscalationDto"][];
            approvals: components["schemas"]["ApprovalDto"][];
            /** @description Diplomatic notes drafted at the breach of a PRC clock, as the case events leave them */
            notes: components["schemas"]["DiplomaticNoteDto"][];
            /** @description Ordered by when each event took effect (occurredAt), then by sequence */
            timeline: components["schemas"]["CaseTimelineEventDto"][];
        };
        CaseSummaryDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            /** @enum {string} */
            stage: "OPEN" | "INVESTIGATION_REQUESTED" | "VISIT_REQUESTED" | "PRC_REPORT_RECEIVED" | "VISIT_SCHEDULED" | "VISIT_CONDUCTED" | "US_REPORT_ISSUED" | "ENFORCEMENT_REVIEW" | "ACCESS_DENIED" | "CLOSED" | "WITHDRAWN" | "REOPENED";
            /** @enum {string|null} */
            outcome: "NO_ACTION" | "WRO_RECOMMENDED" | "FINDING_RECOMMENDED" | "FACILITY_BLOCKED" | null;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** @enum {string} */
            facilityStatus: "NONE" | "UNDER_INVESTIGATION" | "ACCESS_DENIED" | "BLOCKED" | "CLEARED";
            /** Format: uuid */
            assigneeId: string;
            assigneeName: string;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            nextDeadlineAt: string | null;
            daysLeft: number | null;
            escalationLevel: number;
            /**
             * @description State of the soonest open clock
             * @enum {string|null}
             */
            deadlineState: "on_track" | "at_risk" | "overdue" | "paused" | "met" | "missed" | "cancelled" | null;
            /** @description The moves the case allows now, first the likeliest next one */
            legalActions: ("REQUEST_INVESTIGATION" | "REQUEST_VISIT" | "RECORD_PRC_REPORT" | "SCHEDULE_VISIT" | "RECORD_VISIT" | "ISSUE_US_REPORT" | "RECORD_ACCESS_DENIED" | "BEGIN_ENFORCEMENT_REVIEW" | "CLOSE" | "WITHDRAW" | "REOPEN" | "RECORD_PETITION" | "FORWARD_PETITION" | "RECORD_PRC_INVESTIGATION_REQUEST" | "ISSUE_US_INVESTIGATION_REPORT")[];
            /** @description The outcomes the case may be closed with now */
            legalOutcomes: ("NO_ACTION" | "WRO_RECOMMENDED" | "FINDING_RECOMMENDED" | "FACILITY_BLOCKED")[];
        };
        CaseListDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["CaseSummaryDto"][];
        };
        ChainHeadDto: {
            /** @description The last sequence the record says was written */
            sequence: number;
            /** @description The hash of that event */
            hash: string;
        };
        ChainVerificationDto: {
            /** @description Every event links to the one before, matches its hash, and the last one is the head */
            valid: boolean;
            /** @description Events checked */
            events: number;
            /** @description Where the chain breaks: the first sequence that does not match, or the head */
            brokenAt?: number;
            /**
             * @description missing: an event (or the record) is gone; edited: stored content does not match its hash, or the record changed without an event; reordered: events out of their order; head-mismatch: the head is not the last event
             * @enum {string}
             */
            breakKind?: "missing" | "edited" | "reordered" | "head-mismatch";
            reason?: string;
            /** @description The head stored with the record */
            head: components["schemas"]["ChainHeadDto"] | (never | null);
        };
        RequestDto: {
            /** @description Free text kept in the case timeline */
            note?: string;
            /** @description Documents of this case (uploaded to POST /cases/{id}/documents) that prove the fact; the fact's event records their SHA-256 */
            documentIds?: string[];
            /**
             * Format: date-time
             * @description When the request was sent, if earlier than now (ISO 8601); starts the 60-day clock
             */
            requestedAt?: string;
        };
        PrcReportDto: {
            /** @description Free text kept in the case timeline */
            note?: string;
            /** @description Documents of this case (uploaded to POST /cases/{id}/documents) that prove the fact; the fact's event records their SHA-256 */
            documentIds?: string[];
            /**
             * Format: date-time
             * @description When the PRC report was received, if earlier than now
             */
            receivedAt?: string;
        };
        ScheduleVisitDto: {
            /** @description Free text kept in the case timeline */
            note?: string;
            /** @description Documents of this case (uploaded to POST /cases/{id}/documents) that prove the fact; the fact's event records their SHA-256 */
            documentIds?: string[];
            /** @description Date the PRC proposes for the visit */
            scheduledFor: string;
        };
        VisitDto: {
            /** @description Free text kept in the case timeline */
            note?: string;
            /** @description Documents of this case (uploaded to POST /cases/{id}/documents) that prove the fact; the fact's event records their SHA-256 */
            documentIds?: string[];
            /**
             * Format: date-time
             * @description When the visit was held, if earlier than now
             */
            heldAt?: string;
            /** @description Whether inspectors had full access to the facility */
            fullAccess: boolean;
        };
        UsReportDto: {
            /** @description Free text kept in the case timeline */
            note?: string;
            /** @description Documents of this case (uploaded to POST /cases/{id}/documents) that prove the fact; the fact's event records their SHA-256 */
            documentIds?: string[];
            /**
             * Format: date-time
             * @description When the US report was issued, if earlier than now
             */
            issuedAt?: string;
        };
        AccessDeniedDto: {
            /** @description Free text kept in the case timeline */
            note?: string;
            /** @description Documents of this case (uploaded to POST /cases/{id}/documents) that prove the fact; the fact's event records their SHA-256 */
            documentIds?: string[];
            /**
             * Format: date-time
             * @description When access was refused, if earlier than now
             */
            deniedAt?: string;
        };
        CloseCaseDto: {
            /** @description Free text kept in the case timeline */
            note?: string;
            /** @description Documents of this case (uploaded to POST /cases/{id}/documents) that prove the fact; the fact's event records their SHA-256 */
            documentIds?: string[];
            /** @enum {string} */
            outcome: "NO_ACTION" | "WRO_RECOMMENDED" | "FINDING_RECOMMENDED" | "FACILITY_BLOCKED";
        };
        PlainActionDto: {
            /** @description Free text kept in the case timeline */
            note?: string;
            /** @description Documents of this case (uploaded to POST /cases/{id}/documents) that prove the fact; the fact's event records their SHA-256 */
            documentIds?: string[];
        };
        PetitionDto: {
            /** @description Free text kept in the case timeline */
            note?: string;
            /** @description Documents of this case (uploaded to POST /cases/{id}/documents) that prove the fact; the fact's event records their SHA-256 */
            documentIds?: string[];
            /**
             * Format: date-time
             * @description When the petition was received, if earlier than now (ISO 8601)
             */
            receivedAt?: string;
            /**
             * @description Who sent the petition
             * @example Laogai Research Foundation
             */
            petitioner: string;
            /**
             * @description The goods the petition names (the facility is the case's)
             * @example Hydraulic presses
             */
            goods: string;
            /** @description Whether it carries what 19 CFR 12.42(b) requires (reasons, a description of the goods, the facts of their production) */
            conforming: boolean;
        };
        ForwardPetitionDto: {
            /** @description Free text kept in the case timeline */
            note?: string;
            /** @description Documents of this case (uploaded to POST /cases/{id}/documents) that prove the fact; the fact's event records their SHA-256 */
            documentIds?: string[];
            /**
             * Format: date-time
             * @description When the petition was forwarded to the Commissioner of CBP, if earlier than now
             */
            forwardedAt?: string;
        };
        UsInvestigationReportDto: {
            /** @description Free text kept in the case timeline */
            note?: string;
            /** @description Documents of this case (uploaded to POST /cases/{id}/documents) that prove the fact; the fact's event records their SHA-256 */
            documentIds?: string[];
            /**
             * Format: date-time
             * @description When the US investigation report was issued, if earlier than now
             */
            issuedAt?: string;
        };
        EditNoteDto: {
            /** @description The text of the note as the supervisor leaves it */
            text: string;
        };
        SendNoteDto: {
            /**
             * Format: date-time
             * @description When the note was sent, if earlier than now (ISO 8601)
             */
            sentAt?: string;
        };
        ReassignCaseDto: {
            /** @description Why; kept in the deadline ledger and the timeline */
            reason: string;
            /** Format: uuid */
            assigneeId: string;
        };
        DatedReasonDto: {
            /** @description Why; kept in the deadline ledger and the timeline */
            reason: string;
            /**
             * Format: date-time
             * @description When the pause or resume took effect, if earlier than now (ISO 8601)
             */
            at?: string;
        };
        ExtendDeadlineDto: {
            /** @description Why; kept in the deadline ledger and the timeline */
            reason: string;
            days: number;
        };
        FacilityStatusChangeDto: {
            /** @enum {string} */
            from: "NONE" | "UNDER_INVESTIGATION" | "ACCESS_DENIED" | "BLOCKED" | "CLEARED";
            /** @enum {string} */
            to: "NONE" | "UNDER_INVESTIGATION" | "ACCESS_DENIED" | "BLOCKED" | "CLEARED";
            reason: string;
            /** Format: uuid */
            caseId: string | null;
            /** @description User id, or `system` */
            changedBy: string;
            /**
             * Format: date-time
             * @description When the change took effect; the history is in this order
             */
            changedAt: string;
            /**
             * Format: date-time
             * @description When the system was told of it (later than changedAt for a fact entered late)
             */
            recordedAt: string;
        };
        FacilityDetailDto: {
            /** Format: uuid */
            id: string;
            name: string;
            province: string | null;
            address: string | null;
            /**
             * @description Shared by all of its cases (docs/domain.md §6)
             * @enum {string}
             */
            status: "NONE" | "UNDER_INVESTIGATION" | "ACCESS_DENIED" | "BLOCKED" | "CLEARED";
            /** Format: date-time */
            createdAt: string;
            /** @description Other names it goes by; screening matches every one */
            aliases: string[];
            /** @description Its name in Chinese characters */
            chineseName: string | null;
            /** @description The pinyin of the Chinese name */
            pinyin: string | null;
            /** @description Who changed the status, when, why, on which case */
            statusHistory: components["schemas"]["FacilityStatusChangeDto"][];
            /** @description The moves the facility allows now (docs/domain.md §6) */
            legalActions: "REQUEST_UNBLOCK"[];
            /** @description Why an unblock request is not legal now; null when it is */
            unblockRefusal: string | null;
        };
        OrderTermsDto: {
            productCategories: string[];
            /** Format: date */
            effectiveFrom: string;
        };
        PendingOrderRequestDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: "ISSUE" | "MODIFY" | "REVOKE";
            /** @description The terms asked for; null for a revocation */
            terms?: components["schemas"]["OrderTermsDto"] | (never | null);
            reason: string;
            requestedBy: string;
            /** Format: date-time */
            requestedAt: string;
            /** @description Whether the caller may approve or reject it (four-eyes, docs/domain.md §6) */
            mayDecide: boolean;
            /** @description Why the caller may not decide it; present only when `mayDecide` is false */
            refusal?: string;
        };
        OrderEventDto: {
            sequence: number;
            /** @example ORDER_ISSUED */
            type: string;
            actorId: string;
            payload: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            recordedAt: string;
        };
        HeldEntryDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            manufacturerName: string;
            productCategory: string;
            /** Format: date-time */
            importedAt: string;
            status: string;
        };
        EnforcementOrderDetailDto: {
            /** Format: uuid */
            id: string;
            /** @example WRO-2026-0001 */
            reference: string;
            /** @enum {string} */
            kind: "WRO" | "FINDING";
            /**
             * @description PROPOSED and REJECTED orders were never issued and stop nothing
             * @enum {string}
             */
            status: "PROPOSED" | "ACTIVE" | "REVOKED" | "REJECTED";
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** @description Empty: every good of the facility */
            productCategories: string[];
            /** @example 19 CFR 12.42(e) */
            legalBasis: string;
            reason: string;
            /** Format: uuid */
            caseId: string | null;
            caseReference: string | null;
            /**
             * Format: date
             * @description Goods imported on or after it are covered
             */
            effectiveFrom: string;
            /** Format: date-time */
            issuedAt: string | null;
            /** @description User id, or `system` when a case's clock asked */
            requestedBy: string;
            /** Format: uuid */
            approvedBy: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description Whether a request on it waits for a second supervisor */
            pending: boolean;
            pendingRequest: components["schemas"]["PendingOrderRequestDto"] | (never | null);
            /** @description Its hash-chained history, oldest first */
            history: components["schemas"]["OrderEventDto"][];
            /** @description Entries detained now with this order among their grounds */
            heldEntries: components["schemas"]["HeldEntryDto"][];
            /** @description The changes that may be asked for now */
            legalActions: ("MODIFY" | "REVOKE")[];
        };
        ApprovalListItemDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Null for a facility's unblock request
             */
            caseId: string | null;
            caseReference: string | null;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** @enum {string} */
            kind: "PROVISIONAL_WRO" | "BLOCK_FACILITY" | "UNBLOCK_FACILITY" | "ISSUE_ORDER" | "MODIFY_ORDER" | "REVOKE_ORDER";
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "cancelled";
            reason: string;
            /** @description User id, or `system` when a clock asked */
            requestedBy: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: uuid */
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
            /**
             * Format: uuid
             * @description The case's investigator, who may not decide (four-eyes)
             */
            caseAssigneeId: string | null;
            /**
             * Format: uuid
             * @description The Withhold Release Order or Finding a request to issue, modify or revoke is about
             */
            orderId: string | null;
            /** @description Whether the caller may approve or reject it now (four-eyes, docs/domain.md §2; still pending) */
            mayDecide: boolean;
            /** @description Why the caller may not decide it; present only when `mayDecide` is false */
            refusal?: string;
        };
        DecisionDto: {
            /** @description Why; kept in the deadline ledger and the timeline */
            reason: string;
            /**
             * Format: date-time
             * @description When the decision was taken, if earlier than now (ISO 8601): the decision, and the block it may impose on the facility, take effect at that instant. A date in the future is refused (400); one before the approval was requested is refused (409).
             */
            decidedAt?: string;
        };
        EscalationListItemDto: {
            id: string;
            /** Format: uuid */
            caseId: string;
            caseReference: string;
            facilityName: string;
            level: number;
            /** @enum {string} */
            type: "REMINDER" | "BREACH" | "SENIOR_ESCALATION" | "PROVISIONAL_WRO" | "DEEMED_REFUSAL";
            description: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            acknowledgedBy: string | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
            /** @example PRC_VISIT-1 */
            deadlineKey: string;
            legalBasis: string;
            /**
             * Format: uuid
             * @description The case's investigator
             */
            assigneeId: string;
        };
        BilateralMeetingDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description The meeting date
             */
            heldOn: string;
            /**
             * Format: uuid
             * @description Who set the date
             */
            setBy: string;
        };
        AgendaItemDto: {
            /** @description The facility the unanswered request concerns */
            facilityName: string;
            /**
             * @description The obligation the PRC has not met
             * @example PRC arranges the requested visit
             */
            obligation: string;
            /** @example 1994 Statement of Cooperation */
            legalBasis: string;
            /**
             * Format: date-time
             * @description When the US made the request
             */
            requestedAt: string;
            /**
             * Format: date-time
             * @description When the PRC owed its answer; null while a supervisor has the clock paused
             */
            dueAt: string | null;
            /** @description Whole calendar days past the due date today */
            daysOverdue: number;
            /**
             * Format: date-time
             * @description When the senior escalation put the case on the agenda
             */
            placedAt: string;
            /** @description The meeting it is raised at; null: the next meeting, whose date is not set yet */
            meeting: components["schemas"]["BilateralMeetingDto"] | (never | null);
            /** @description The meeting as pages show it: its date, or "the next meeting" */
            meetingLabel: string;
            /**
             * Format: uuid
             * @description Supervisors only
             */
            caseId?: string;
            /** @description Supervisors only */
            caseReference?: string;
            /** @description Supervisors only: the allegation the case investigates */
            allegationSummary?: string;
        };
        AgendaDto: {
            /** @description The next meeting with a date set (today or later); null when none is set */
            nextMeeting: components["schemas"]["BilateralMeetingDto"] | (never | null);
            /** @description Every meeting from today on, soonest first */
            upcomingMeetings: components["schemas"]["BilateralMeetingDto"][];
            /** @description The cases on the agenda, in the order they were placed there */
            items: components["schemas"]["AgendaItemDto"][];
            /** @description Whether the caller may set a meeting date */
            maySetMeeting: boolean;
            /** @description Whether the items show their case and allegation (supervisors) */
            showsCases: boolean;
        };
        SetMeetingDto: {
            /**
             * Format: date
             * @description The date of the bilateral meeting (YYYY-MM-DD), today or later
             * @example 2027-03-15
             */
            heldOn: string;
        };
        ManufacturerDto: {
            /**
             * Format: uuid
             * @description The facility in the registry, when known
             */
            facilityId?: string;
            /** @example Jinan Hydraulic Press Works */
            name: string;
        };
        CertificateOfOriginDto: {
            issuer: string;
            number: string;
            /**
             * Format: date
             * @example 2026-10-01
             */
            issuedOn: string;
        };
        DueDiligenceDto: {
            manufacturerName: string;
            manufacturerAddress?: string;
            /** @description The importer states the goods were not made with prison labor and how it checked */
            statement: string;
            signedBy: string;
            /**
             * Format: date
             * @example 2026-10-02
             */
            signedOn: string;
        };
        CertificationDto: {
            supplierCertificateOfOrigin?: components["schemas"]["CertificateOfOriginDto"] | null;
            dueDiligenceStatement?: components["schemas"]["DueDiligenceDto"] | null;
        };
        FileEntryDto: {
            manufacturer: components["schemas"]["ManufacturerDto"];
            /**
             * @description A product category code (GET /product-categories)
             * @example MACHINE_PRESSES
             */
            productCategory: string;
            /** @example 8462.29 */
            htsCode: string;
            /** @example 12 */
            quantity: number;
            /**
             * @description Declared value in US dollars
             * @example 48000
             */
            valueUsd: number;
            /**
             * Format: date
             * @description Date of importation (not in the future)
             * @example 2026-11-20
             */
            importedOn: string;
            certification: components["schemas"]["CertificationDto"];
        };
        EntryManufacturerDto: {
            /**
             * Format: uuid
             * @description The facility in the registry; null when it is not there
             */
            facilityId: string | null;
            name: string;
        };
        FiledCertificateOfOriginDto: {
            issuer: string;
            number: string;
            /** Format: date */
            issuedOn: string;
        };
        FiledDueDiligenceDto: {
            manufacturerName: string;
            manufacturerAddress?: string;
            statement: string;
            signedBy: string;
            /** Format: date */
            signedOn: string;
        };
        FiledCertificationDto: {
            supplierCertificateOfOrigin: components["schemas"]["FiledCertificateOfOriginDto"] | (never | null);
            dueDiligenceStatement: components["schemas"]["FiledDueDiligenceDto"] | (never | null);
        };
        HoldReasonDto: {
            /** @example BLOCKED_MANUFACTURER */
            code: string;
            text: string;
            /**
             * @description The order or finding that raised the ground (code ENFORCEMENT_ORDER)
             * @example WRO-2026-0001
             */
            ref?: string;
        };
        EntryClockDto: {
            /** @example ENTRY_PROOF-1 */
            key: string;
            /** @enum {string} */
            kind: "PRC_INVESTIGATION_REPORT" | "PRC_VISIT" | "US_VISIT_REPORT" | "PETITION_FORWARDING" | "US_INVESTIGATION_REPORT" | "ENTRY_DECISION" | "ENTRY_PROOF" | "ENTRY_EXPORT_OR_PROTEST" | "PROTEST_DECISION" | "PROGRAMME_REVIEW";
            title: string;
            /** @enum {string} */
            owedBy: "PRC" | "US" | "IMPORTER" | "CBP";
            legalBasis: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            dueAt: string | null;
            /** Format: date-time */
            metAt: string | null;
            /** @enum {string} */
            state: "on_track" | "at_risk" | "overdue" | "paused" | "met" | "missed" | "cancelled";
            /** @description Whole days to the due instant, negative when late; null when not running */
            daysLeft: number | null;
            /** @description Legal basis, start, budget and a sentence */
            explanation: {
                [key: string]: unknown;
            };
        };
        EntryEventDto: {
            /** @description Position in the case's hash chain, from 1 */
            sequence: number;
            /** @example VISIT_REQUESTED */
            type: string;
            /** @description User id, or `system` when a clock acted */
            actorId: string;
            /**
             * Format: date-time
             * @description When it took effect
             */
            occurredAt: string;
            /** @description What the event carries; its keys depend on the type */
            payload: {
                [key: string]: unknown;
            };
            /** @description SHA-256 over the previous hash and this event */
            hash: string;
        };
        EntryMoveChoiceDto: {
            /** @enum {string} */
            move: "FILE_PROOF" | "EXPORT" | "PROTEST" | "RELEASE" | "EXCLUDE" | "EXTEND_PROOF" | "GRANT_PROTEST" | "DENY_PROTEST";
            allowed: boolean;
            /** @description Why the move is not open now (only when it is not allowed) */
            reason?: string;
        };
        NameMatchResolutionDto: {
            /** @enum {string} */
            decision: "CONFIRMED" | "CLEARED";
            /** @description The supervisor (user id) */
            by: string;
            /** Format: date-time */
            at: string;
            reason: string;
        };
        NameMatchDto: {
            /** Format: uuid */
            facilityId: string;
            /** @description The facility's registered name */
            facilityName: string;
            /** @description The name that matched, as registered */
            matchedName: string;
            /** @enum {string} */
            field: "NAME" | "ALIAS" | "CHINESE_NAME" | "PINYIN";
            /**
             * @description NEAR: close without matching; held for a supervisor
             * @enum {string}
             */
            how: "EXACT" | "NORMALISED" | "NEAR";
            /** @description Single-character edits between the normalised names (0 unless NEAR) */
            edits: number;
            /** @description A near match waits for a supervisor to confirm or clear it */
            awaitingReview: boolean;
            resolution: components["schemas"]["NameMatchResolutionDto"] | (never | null);
        };
        EntryDetailDto: {
            /** Format: uuid */
            id: string;
            /** @example ENT-2026-000007 */
            reference: string;
            /** @enum {string} */
            status: "PENDING_SCREENING" | "RELEASED" | "DETAINED" | "EXCLUDED" | "EXPORTED" | "PROTESTED" | "ABANDONED" | "PROTEST_DENIED" | "PROTEST_GRANTED";
            /** Format: uuid */
            importerId: string;
            manufacturer: components["schemas"]["EntryManufacturerDto"];
            productCategory: string;
            htsCode: string;
            quantity: number;
            /** @description Declared value in US dollars */
            valueUsd: number;
            /**
             * Format: date-time
             * @description Date of importation, at 00:00 UTC
             */
            importedAt: string;
            certification: components["schemas"]["FiledCertificationDto"];
            holdReasons: components["schemas"]["HoldReasonDto"][];
            /** @description The proof of admissibility filed, if any: statement and documents */
            proof: {
                [key: string]: unknown;
            } | null;
            clocks: components["schemas"]["EntryClockDto"][];
            timeline: components["schemas"]["EntryEventDto"][];
            /** @description Every move on the entry, allowed now or refused with its reason */
            legalMoves: components["schemas"]["EntryMoveChoiceDto"][];
            /** @description How the declared name matched a registered facility; null when filed with a facility id or matching none */
            nameMatch: components["schemas"]["NameMatchDto"] | (never | null);
        };
        EntrySummaryDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            /** @enum {string} */
            status: "PENDING_SCREENING" | "RELEASED" | "DETAINED" | "EXCLUDED" | "EXPORTED" | "PROTESTED" | "ABANDONED" | "PROTEST_DENIED" | "PROTEST_GRANTED";
            manufacturerName: string;
            productCategory: string;
            valueUsd: number;
            /** Format: date-time */
            importedAt: string;
            holdReasons: components["schemas"]["HoldReasonDto"][];
            /** Format: date-time */
            filedAt: string;
            /** @enum {string|null} */
            clockKind: "PRC_INVESTIGATION_REPORT" | "PRC_VISIT" | "US_VISIT_REPORT" | "PETITION_FORWARDING" | "US_INVESTIGATION_REPORT" | "ENTRY_DECISION" | "ENTRY_PROOF" | "ENTRY_EXPORT_OR_PROTEST" | "PROTEST_DECISION" | "PROGRAMME_REVIEW" | null;
            clockTitle: string | null;
            /** Format: date-time */
            clockDueAt: string | null;
            clockLegalBasis: string | null;
            /** @enum {string|null} */
            clockState: "on_track" | "at_risk" | "overdue" | "paused" | "met" | "missed" | "cancelled" | null;
            /** @description Every move on the entry, allowed now or refused with its reason */
            legalMoves: components["schemas"]["EntryMoveChoiceDto"][];
        };
        ProofDto: {
            /** @description Why the goods are admissible */
            statement: string;
            /** @description Names or references of the documents filed */
            documents: string[];
            /** @description Documents of this entry (uploaded to POST /entries/{id}/documents) that prove admissibility; the proof's event records each with its SHA-256 */
            documentIds?: string[];
        };
        EntryNoteDto: {
            note?: string;
        };
        ProtestDto: {
            grounds: string;
        };
        EntryDecisionDto: {
            reason: string;
        };
        ProtestDecisionDto: {
            reason: string;
            grant: boolean;
        };
        NameMatchDecisionDto: {
            reason: string;
            /** @description true: the manufacturer is the facility it came close to; false: it is not */
            confirm: boolean;
        };
        ScreenedManufacturerDto: {
            /**
             * Format: uuid
             * @description The facility in the registry; null when it is not there
             */
            facilityId: string | null;
            name: string;
            /**
             * @description UNKNOWN when the registry does not hold it
             * @enum {string}
             */
            status: "NONE" | "UNDER_INVESTIGATION" | "ACCESS_DENIED" | "BLOCKED" | "CLEARED" | "UNKNOWN";
        };
        ScreenedCategoryDto: {
            code: string;
            name: string;
            /** @description Reported as made with prison labor */
            highRisk: boolean;
        };
        ScreeningDto: {
            manufacturer: components["schemas"]["ScreenedManufacturerDto"];
            category: components["schemas"]["ScreenedCategoryDto"];
            /** @enum {string} */
            decision: "RELEASE" | "DETAIN";
            /** @description Every ground for detention; empty when released */
            reasons: components["schemas"]["HoldReasonDto"][];
            /** @example entry-screening-v3 */
            screeningVersion: string;
            note: string;
        };
        BoardSummaryDto: {
            on_track: number;
            at_risk: number;
            overdue: number;
            paused: number;
            met: number;
            missed: number;
        };
        BoardItemDto: {
            /** @description The clock: its case or entry id and its key */
            id: string;
            /** @example PRC_VISIT-1 */
            key: string;
            /** @enum {string} */
            kind: "PRC_INVESTIGATION_REPORT" | "PRC_VISIT" | "US_VISIT_REPORT" | "PETITION_FORWARDING" | "US_INVESTIGATION_REPORT" | "ENTRY_DECISION" | "ENTRY_PROOF" | "ENTRY_EXPORT_OR_PROTEST" | "PROTEST_DECISION" | "PROGRAMME_REVIEW";
            title: string;
            legalBasis: string;
            /** @enum {string} */
            owedBy: "PRC" | "US" | "IMPORTER" | "CBP";
            /** @enum {string} */
            state: "on_track" | "at_risk" | "overdue" | "paused" | "met" | "missed" | "cancelled";
            /**
             * Format: date-time
             * @description Null while paused
             */
            dueAt: string | null;
            /** @description Whole days to the due instant, negative when late */
            daysLeft: number | null;
            escalationLevel: number;
            /** @enum {string} */
            subjectType: "case" | "entry";
            /**
             * Format: uuid
             * @description The case or entry
             */
            subjectId: string;
            /** @description The case or entry reference */
            reference: string;
            /** Format: uuid */
            facilityId: string | null;
            facilityName: string | null;
            /** Format: uuid */
            assigneeId: string | null;
            assigneeName: string | null;
        };
        BoardDto: {
            summary: components["schemas"]["BoardSummaryDto"];
            /** @description Clocks matching every filter, across all pages */
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["BoardItemDto"][];
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description REMINDER, BREACH, ESCALATION, APPROVAL_REQUESTED, ENTRY_DECISION, REVIEW_SUMMARY, …
             * @example REMINDER
             */
            kind: string;
            subject: string;
            body: string;
            /**
             * @description Where in the app it points
             * @example /cases/6f1c…
             */
            link: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        InboxDto: {
            /** @description Unread notifications in the whole inbox */
            unread: number;
            /** @description Newest first, up to 200 */
            items: components["schemas"]["NotificationDto"][];
        };
        NotificationReadDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When it was first read
             */
            readAt: string;
        };
        FailedMessageDto: {
            /** Format: uuid */
            id: string;
            /** @example supervisor@example.gov */
            recipientEmail: string;
            /** @example BREACH */
            kind: string;
            subject: string;
            /**
             * @description Where in the app it points
             * @example /cases/6f1c…
             */
            link: string | null;
            /** @description Attempts made before it was marked failed */
            attempts: number;
            /**
             * @description The relay's answer to the last attempt
             * @example Mailbox busy, try again later
             */
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the last attempt was made
             */
            lastAttemptAt: string | null;
        };
        FailedMessagesDto: {
            /** @description Most recent first, up to 500 */
            items: components["schemas"]["FailedMessageDto"][];
        };
        FailedMessageRetryDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Back in the outbox, due now
             * @enum {string}
             */
            status: "pending";
        };
        CreateFacilityDto: {
            /** @example Beishu Labor Reform Camp */
            name: string;
            /** @example Shandong */
            province?: string;
            address?: string;
        };
        FacilityDto: {
            /** Format: uuid */
            id: string;
            name: string;
            province: string | null;
            address: string | null;
            /**
             * @description Shared by all of its cases (docs/domain.md §6)
             * @enum {string}
             */
            status: "NONE" | "UNDER_INVESTIGATION" | "ACCESS_DENIED" | "BLOCKED" | "CLEARED";
            /** Format: date-time */
            createdAt: string;
            /** @description Other names it goes by; screening matches every one */
            aliases: string[];
            /** @description Its name in Chinese characters */
            chineseName: string | null;
            /** @description The pinyin of the Chinese name */
            pinyin: string | null;
        };
        FacilityStatusCountDto: {
            /** @enum {string} */
            status: "NONE" | "UNDER_INVESTIGATION" | "ACCESS_DENIED" | "BLOCKED" | "CLEARED";
            /** @description Facilities in this status now */
            facilities: number;
            /**
             * Format: date-time
             * @description The earliest date one of them took this status; null when none has it
             */
            earliestSince: string | null;
        };
        FacilityStatusPeriodDto: {
            /** @enum {string} */
            status: "NONE" | "UNDER_INVESTIGATION" | "ACCESS_DENIED" | "BLOCKED" | "CLEARED";
            /**
             * Format: date-time
             * @description When the facility took this status
             */
            from: string;
            /**
             * Format: date-time
             * @description When it left it; null for the status it has now
             */
            to: string | null;
        };
        FacilityAggregateRowDto: {
            /** Format: uuid */
            id: string;
            name: string;
            province: string | null;
            /** @enum {string} */
            status: "NONE" | "UNDER_INVESTIGATION" | "ACCESS_DENIED" | "BLOCKED" | "CLEARED";
            /**
             * Format: date-time
             * @description Since when it has its current status (its registration for one never changed)
             */
            since: string;
            /** @description Each status it has had, in order, with its dates */
            periods: components["schemas"]["FacilityStatusPeriodDto"][];
        };
        FacilityAggregateDto: {
            /**
             * Format: date-time
             * @description When these figures were read
             */
            asOf: string;
            /** @description One row per status, in the order of the statuses */
            counts: components["schemas"]["FacilityStatusCountDto"][];
            /** @description By name */
            facilities: components["schemas"]["FacilityAggregateRowDto"][];
        };
        UnblockRequestDto: {
            /**
             * @description What shows the facility may be unblocked (docs/domain.md §6)
             * @enum {string}
             */
            ground: "VISIT_WITH_FULL_ACCESS" | "REMEDIATION_PETITION";
            /**
             * Format: uuid
             * @description The case whose visit had full access (required for VISIT_WITH_FULL_ACCESS)
             */
            caseId?: string;
            /** @description The remediation petition (required for REMEDIATION_PETITION) */
            petition?: string;
            reason: string;
        };
        FacilityNamesDto: {
            /**
             * @description Other names it goes by; empty for none
             * @example [
             *       "Shandong Provincial Prison No. 4 Workshop"
             *     ]
             */
            aliases: string[];
            /**
             * @description Its name in Chinese characters; null or absent for none
             * @example 济南液压机厂
             */
            chineseName?: string | null;
            /**
             * @description The pinyin of the Chinese name; null or absent for none
             * @example Jǐnán Yèyājī Chǎng
             */
            pinyin?: string | null;
        };
        ProductCategoryDto: {
            /** @example BRAKE_PADS */
            code: string;
            name: string;
            /** @description HTS heading or chapter, e.g. 8708 or 61-62 */
            hts: string;
            /** @description Where the report that the product is made with prison labor comes from */
            source: string;
            /** @description An entry of it from a facility under investigation is detained */
            highRisk: boolean;
            /**
             * Format: date-time
             * @description When it stopped being offered for new filings; null while in use
             */
            retiredAt: string | null;
            /** @description The source on which it was retired */
            retiredSource: string | null;
        };
        CreateProductCategoryDto: {
            /** @example BRAKE_PADS */
            code: string;
            name: string;
            /** @description HTS heading or chapter, e.g. 8708 or 61-62 */
            hts: string;
            /** @description Where the report that the product is made with prison labor comes from */
            source: string;
            /** @default true */
            highRisk: boolean;
        };
        UpdateProductCategoryDto: {
            name?: string;
            hts?: string;
            source?: string;
            highRisk?: boolean;
        };
        RetireProductCategoryDto: {
            /** @description Why it is retired: the report, ruling or decision it rests on */
            source: string;
        };
        ReviewThresholdsDto: {
            /** @example 5 */
            minimumRequests?: number;
            /** @example 0.33 */
            revokeGrantRateBelow?: number;
            /** @example 0.2 */
            revokeOnTimeRateBelow?: number;
            /** @example 180 */
            revokeOpenAfterDays?: number;
            /** @example 0.5 */
            revokeOpenShare?: number;
            /** @example 0.8 */
            maintainGrantRateAtLeast?: number;
            /** @example 0.7 */
            maintainOnTimeRateAtLeast?: number;
            /** @example 0.7 */
            maintainReportOnTimeRateAtLeast?: number;
            /** @example 120 */
            maintainMaxOpenDays?: number;
            /** @example 0.8 */
            usComplianceRateAtLeast?: number;
            /** @example 6 */
            insufficientDataReReviewMonths?: number;
        };
        StartReviewDto: {
            /**
             * Format: date
             * @description First day of the programme year; the review runs twelve months from it
             * @example 2026-01-01
             */
            periodStart: string;
            /** @description Fixed for the life of the review; defaults for any left out */
            thresholds?: components["schemas"]["ReviewThresholdsDto"];
            /**
             * @description Days between sign-off reminders to policy staff
             * @example 7
             */
            reminderEveryDays?: number;
        };
        ReviewReportLinksDto: {
            /** @example /api/v1/reviews/mou-review-2026-01-01/report.md */
            markdown: string;
            html: string;
            pdf: string;
            /** @description Every request and US report the decision counted, as CSV */
            facts: string;
        };
        ReviewSignerDto: {
            /** Format: uuid */
            id: string | null;
            name: string | null;
        };
        ReviewSignOffDto: {
            by: components["schemas"]["ReviewSignerDto"];
            /** Format: date-time */
            at: string;
            note: string | null;
        };
        ReviewDetailDto: {
            /** @example mou-review-2026-01-01 */
            id: string;
            /** Format: date */
            periodStart: string;
            /**
             * Format: date
             * @description The day the programme year ends (exclusive)
             */
            periodEnd: string;
            /** @enum {string} */
            status: "RUNNING" | "AWAITING_SIGN_OFF" | "SIGNED_OFF";
            /**
             * @description Null until the year ends
             * @enum {string|null}
             */
            recommendation: "MAINTAIN" | "MODIFY" | "REVOKE" | null;
            flags: ("INSUFFICIENT_DATA" | "US_NONCOMPLIANCE")[];
            /** @description The interim summaries sent during the year */
            interim: {
                [key: string]: unknown;
            }[];
            /** @description Recommendation, flags, reasons and amendments, once the year has ended */
            decision: {
                [key: string]: unknown;
            } | null;
            /** @description The figures the decision rests on, once the year has ended */
            metrics: {
                [key: string]: unknown;
            } | null;
            report: components["schemas"]["ReviewReportLinksDto"] | (never | null);
            signOff: components["schemas"]["ReviewSignOffDto"] | (never | null);
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ReviewKeyFiguresDto: {
            /** @description Requests made in the window */
            totalRequests: number;
            /** @description Requests whose 60 days had run by the review date */
            requestsDue: number;
            /**
             * @description Visits held ÷ visits requested
             * @example 0.17
             */
            visitGrantRate: number | null;
            /**
             * @description Visits held within 60 days ÷ visits requested
             * @example 0
             */
            visitOnTimeRate: number | null;
            /** @description PRC reports within 60 days ÷ reports requested */
            reportOnTimeRate: number | null;
            /** @description US post-visit reports on time ÷ due */
            usReportOnTimeRate: number | null;
        };
        ReviewSummaryDto: {
            id: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** @enum {string} */
            status: "RUNNING" | "AWAITING_SIGN_OFF" | "SIGNED_OFF";
            /** @enum {string|null} */
            recommendation: "MAINTAIN" | "MODIFY" | "REVOKE" | null;
            flags: ("INSUFFICIENT_DATA" | "US_NONCOMPLIANCE")[];
            /** @description Interim summaries sent so far */
            interimSummaries: number;
            /** @description The year's key figures, once the year has ended */
            figures: components["schemas"]["ReviewKeyFiguresDto"] | (never | null);
            /** Format: date-time */
            signedOffAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WhatIfWindowDto: {
            /** Format: date */
            from: string;
            /**
             * Format: date
             * @description Exclusive
             */
            to: string;
        };
        WhatIfDto: {
            window: components["schemas"]["WhatIfWindowDto"];
            /** Format: date-time */
            asOf: string;
            /** @enum {string} */
            recommendation: "MAINTAIN" | "MODIFY" | "REVOKE";
            flags: ("INSUFFICIENT_DATA" | "US_NONCOMPLIANCE")[];
            /** @description Recommendation, flags, reasons and amendments */
            decision: {
                [key: string]: unknown;
            };
            /** @description The figures the decision rests on */
            metrics: {
                [key: string]: unknown;
            };
        };
        SignOffReviewDto: {
            /** @description Why the signer agrees; required to sign off a REVOKE carrying US_NONCOMPLIANCE */
            note?: string;
        };
        CalendarChangeDto: {
            added: string[];
            removed: string[];
            reason: string;
        };
        CalendarAuthorDto: {
            /** Format: uuid */
            id: string;
            name: string | null;
        };
        CalendarVersionDto: {
            version: number;
            /** @description What made this version; null for version 1, the rule-based federal holidays */
            change: components["schemas"]["CalendarChangeDto"] | (never | null);
            createdBy: components["schemas"]["CalendarAuthorDto"] | (never | null);
            /** Format: date-time */
            createdAt: string | null;
        };
        CalendarDto: {
            /** @example us-federal */
            id: string;
            /** @description The version in force: new and re-projected deadlines count on it */
            version: number;
            /** @description Closure days of the version in force from a year ago on, sorted */
            upcoming: string[];
            /** @description Every version, newest first */
            versions: components["schemas"]["CalendarVersionDto"][];
        };
        ChangeClosureDayDto: {
            /**
             * Format: date
             * @description The day offices close (or reopen)
             * @example 2026-12-24
             */
            date: string;
            /**
             * @description Why, kept with the new version
             * @example Executive order: federal offices closed
             */
            reason: string;
        };
        CalendarChangedDto: {
            /** @example us-federal */
            id: string;
            /** @description The version in force: new and re-projected deadlines count on it */
            version: number;
            /** @description Closure days of the version in force from a year ago on, sorted */
            upcoming: string[];
            /** @description Every version, newest first */
            versions: components["schemas"]["CalendarVersionDto"][];
            /** @description Open entries whose workflow was given the new version */
            entriesTold: number;
        };
        SettingsAuthorDto: {
            /** Format: uuid */
            id: string;
            name: string | null;
        };
        BudgetDto: {
            /** @enum {string} */
            unit: "calendar_days" | "business_days" | "months";
            amount: number;
            /**
             * @description The budget as a sentence reads it
             * @example 60 calendar days
             */
            text: string;
        };
        EscalationStepDto: {
            level: number;
            /** @example REMINDER */
            type: string;
            /** @description Calendar days from the due instant; negative before it */
            offsetDaysFromDue: number;
            requiresApproval: boolean;
            notify: ("assignee" | "supervisors" | "importer")[];
            description: string;
            /** @description While nobody acknowledges the step, supervisors are reminded every this many hours; absent: once */
            remindEveryHours?: number;
        };
        DeadlineRuleDto: {
            /** @example PRC_VISIT */
            kind: string;
            title: string;
            /** @enum {string} */
            owedBy: "PRC" | "US" | "IMPORTER" | "CBP";
            budget: components["schemas"]["BudgetDto"];
            legalBasis: string;
            /**
             * @description What the clock runs on
             * @enum {string}
             */
            runsOn: "case" | "entry" | "programme";
            /** @description The escalation ladder in force */
            ladder: components["schemas"]["EscalationStepDto"][];
        };
        ReviewScheduleDto: {
            /**
             * @description Months into the programme year at whose end policy staff get an interim summary, ascending, from 1 to 11
             * @example [
             *       3,
             *       6,
             *       9
             *     ]
             */
            interimSummaryMonths: number[];
            /**
             * @description Days between reminders while the recommendation waits for sign-off
             * @example 7
             */
            signOffReminderDays: number;
        };
        SettingsVersionDto: {
            version: number;
            note: string;
            /** @description Who made the version; null for version 1, the sourced defaults */
            createdBy: components["schemas"]["SettingsAuthorDto"] | (never | null);
            /** Format: date-time */
            createdAt: string | null;
            /** @description The clock rules of this version */
            rules: components["schemas"]["DeadlineRuleDto"][];
            reviewThresholds: components["schemas"]["ReviewThresholdsDto"];
            /** @description The schedule reviews started on this version keep */
            reviewSchedule: components["schemas"]["ReviewScheduleDto"];
        };
        SettingsDto: {
            /** @description The version new cases take */
            current: components["schemas"]["SettingsVersionDto"];
            /** @description Every version, newest first */
            versions: components["schemas"]["SettingsVersionDto"][];
        };
        SaveSettingsDto: {
            /**
             * @example {
             *       "PRC_VISIT": {
             *         "budget": {
             *           "amount": 45
             *         },
             *         "ladder": [
             *           {
             *             "level": 1,
             *             "offsetDaysFromDue": -10
             *           },
             *           {
             *             "level": 2,
             *             "notify": [
             *               "assignee",
             *               "supervisors"
             *             ],
             *             "remindEveryHours": 12
             *           }
             *         ]
             *       }
             *     }
             */
            rules?: {
                [key: string]: unknown;
            };
            reviewThresholds?: components["schemas"]["ReviewThresholdsDto"];
            reviewSchedule?: components["schemas"]["ReviewScheduleDto"];
            /** @example Visit budget shortened after the 2026 review */
            note: string;
        };
        OpenCasesOnVersionDto: {
            /** @description null: opened before settings had versions */
            version: number | null;
            cases: number;
        };
        OpenCasesToApplyDto: {
            /** @description The version in force, which the action applies */
            version: number;
            /** @description Open cases on an older version (or none): each would move to this one */
            openCases: number;
            /** @description Those cases by the version they run on, oldest first */
            byVersion: components["schemas"]["OpenCasesOnVersionDto"][];
        };
        ApplySettingsDto: {
            /**
             * @description The version in force as the administrator saw it; 409 if another was saved since
             * @example 2
             */
            version: number;
        };
        AppliedCaseDto: {
            /** Format: uuid */
            id: string;
            /** @description The version it ran on before */
            from: number | null;
        };
        SkippedCaseDto: {
            /** Format: uuid */
            id: string;
            /** @description Why the case was left as it is (for example: closed meanwhile) */
            reason: string;
        };
        SettingsAppliedDto: {
            version: number;
            /** @description The open cases moved to the version, their clocks re-projected */
            applied: components["schemas"]["AppliedCaseDto"][];
            /** @description Cases left as they were */
            skipped: components["schemas"]["SkippedCaseDto"][];
        };
        DeadlineRulesDto: {
            /** @description The clock rules in force: the current settings version for the clocks of new cases, the sourced defaults for the others */
            rules: components["schemas"]["DeadlineRuleDto"][];
            /** @description The settings version the case clocks come from (GET /settings) */
            settingsVersion: number;
            /** @description The once-only extension of the proof period a supervisor may grant (19 CFR 12.43) */
            proofExtension: components["schemas"]["BudgetDto"];
        };
        CaseStagesDto: {
            /** @description The stages of a case, in the order the process runs (docs/domain.md §3) */
            stages: ("OPEN" | "INVESTIGATION_REQUESTED" | "VISIT_REQUESTED" | "PRC_REPORT_RECEIVED" | "VISIT_SCHEDULED" | "VISIT_CONDUCTED" | "US_REPORT_ISSUED" | "ENFORCEMENT_REVIEW" | "ACCESS_DENIED" | "CLOSED" | "WITHDRAWN" | "REOPENED")[];
        };
        UserSummaryDto: {
            /** Format: uuid */
            id: string;
            displayName: string;
            /** @enum {string} */
            role: "investigator" | "supervisor" | "policy" | "importer" | "admin";
            /** Format: email */
            email: string;
            /** @description Whether a case may be assigned to this user (docs/domain.md §2) */
            mayHoldCases: boolean;
        };
        PersonDto: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            displayName: string;
            /** @enum {string} */
            role: "investigator" | "supervisor" | "policy" | "importer" | "admin";
            /** @description A deactivated user is refused on every request and cannot sign in */
            active: boolean;
            /**
             * Format: uuid
             * @description The importer an importer user acts for
             */
            organisationId: string | null;
            organisationName: string | null;
            /** @description False until the user has set a password from their invitation */
            passwordSet: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        InvitePersonDto: {
            /**
             * Format: email
             * @example new.investigator@example.gov
             */
            email: string;
            /** @example Nia Newcomer */
            displayName: string;
            /** @enum {string} */
            role: "investigator" | "supervisor" | "policy" | "importer" | "admin";
            /**
             * Format: uuid
             * @description Required for an importer user: the importer it acts for; refused for other roles
             */
            organisationId?: string;
        };
        PasswordLinkSentDto: {
            /** @description Whether the SMTP relay accepted the e-mail; false when none is configured or it refused */
            mailed: boolean;
            /**
             * Format: date-time
             * @description The link works once, until then
             */
            expiresAt: string;
        };
        InvitedPersonDto: {
            person: components["schemas"]["PersonDto"];
            invitation: components["schemas"]["PasswordLinkSentDto"];
        };
        ChangeRoleDto: {
            /** @enum {string} */
            role: "investigator" | "supervisor" | "policy" | "importer" | "admin";
            /**
             * Format: uuid
             * @description Required when the new role is importer
             */
            organisationId?: string;
        };
        PersonActionDto: {
            /** @description Why, for the audit log */
            note?: string;
        };
        OrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Active users acting for it */
            activeUsers: number;
        };
        CreateOrganisationDto: {
            /** @example Acme Imports LLC */
            name: string;
        };
        AuditEventDto: {
            /** @description Increasing with time */
            id: string;
            /** Format: date-time */
            at: string;
            /** @description Who acted (a user id); empty for an unknown caller */
            actorId: string | null;
            actorName: string | null;
            actorEmail: string | null;
            /** @example auth.login */
            action: string;
            /** @enum {string} */
            outcome: "success" | "denied" | "failure";
            /** @description The subject: an e-mail, a category code, a route */
            target: string | null;
            ip: string | null;
            /** @description What else was recorded (reason, before and after) */
            details: {
                [key: string]: unknown;
            };
        };
        AuditPageDto: {
            /** @description Events matching the filters */
            total: number;
            page: number;
            pageSize: number;
            /** @description Newest first */
            items: components["schemas"]["AuditEventDto"][];
        };
        SubjectChainVerificationDto: {
            /** @description Every event links to the one before, matches its hash, and the last one is the head */
            valid: boolean;
            /** @description Events checked */
            events: number;
            /** @description Where the chain breaks: the first sequence that does not match, or the head */
            brokenAt?: number;
            /**
             * @description missing: an event (or the record) is gone; edited: stored content does not match its hash, or the record changed without an event; reordered: events out of their order; head-mismatch: the head is not the last event
             * @enum {string}
             */
            breakKind?: "missing" | "edited" | "reordered" | "head-mismatch";
            reason?: string;
            /** @description The head stored with the record */
            head: components["schemas"]["ChainHeadDto"] | (never | null);
            /** @enum {string} */
            subject: "case" | "facility" | "entry" | "order" | "user" | "product-category" | "review" | "approval" | "organisation" | "bilateral-meeting" | "audit-log" | "settings" | "calendar";
            /** @description The record's id in its chain (a uuid, a code, a version) */
            id: string;
            /** @description What a person knows it by */
            label: string;
        };
        ChainCheckRunDto: {
            /** Format: date-time */
            checkedAt: string;
            /** @description Chains checked (or anchored) */
            chains: number;
            /** @description Breaks found */
            broken: number;
            /** @description For an anchor: the file written */
            file: string | null;
            /** @description For an anchor: the digest signed */
            digest: string | null;
        };
        ChainBreakDto: {
            id: string;
            /** @description The kind of record, or `anchor` for an anchor file that fails its signature */
            subject: string;
            /** @description The record's id in its chain (a uuid, a code, a calendar), or the anchor file's name */
            recordKey: string;
            label: string;
            /**
             * @description missing: an event (or the record) is gone; edited: stored content does not match its hash, or the record changed without an event; reordered: events out of their order; head-mismatch: the head is not the last event
             * @enum {string}
             */
            breakKind: "missing" | "edited" | "reordered" | "head-mismatch";
            brokenAt: number;
            reason: string;
            /** Format: date-time */
            detectedAt: string;
        };
        ChainWatchStatusDto: {
            /** @description The last scheduled re-verification */
            lastVerification: components["schemas"]["ChainCheckRunDto"] | (never | null);
            /** @description The last anchor of chain heads */
            lastAnchor: components["schemas"]["ChainCheckRunDto"] | (never | null);
            /** @description Breaks found and not resolved, newest first */
            openBreaks: components["schemas"]["ChainBreakDto"][];
        };
        AnchorMismatchDto: {
            subject: string;
            id: string;
            anchoredSequence: number;
            anchoredHash: string;
            /** @enum {string} */
            breakKind: "missing" | "edited" | "reordered" | "head-mismatch";
            reason: string;
        };
        AnchorCheckDto: {
            /** @description The anchor file checked */
            file: string | null;
            /**
             * Format: date-time
             * @description When the anchor was taken
             */
            anchoredAt: string | null;
            /** @description The anchor's digest and signature match under the key */
            signatureValid: boolean;
            /** @description Chains the anchor holds */
            chains: number;
            /** @description Signature valid and every anchored head still in its chain */
            valid: boolean;
            mismatches: components["schemas"]["AnchorMismatchDto"][];
        };
        ImportFacilityDto: {
            /** @description Found by name, or created */
            name: string;
            province?: string;
        };
        ImportAllegationDto: {
            summary: string;
            source: string;
            productCategories: string[];
        };
        ImportFactDto: {
            /** @enum {string} */
            type: "REQUEST_INVESTIGATION" | "REQUEST_VISIT" | "RECORD_PRC_REPORT" | "SCHEDULE_VISIT" | "RECORD_VISIT" | "ISSUE_US_REPORT" | "RECORD_ACCESS_DENIED" | "BEGIN_ENFORCEMENT_REVIEW" | "CLOSE" | "WITHDRAW";
            /**
             * Format: date-time
             * @description When it happened (ISO 8601); for SCHEDULE_VISIT, when the visit was agreed
             */
            at: string;
            /**
             * Format: date-time
             * @description SCHEDULE_VISIT only: the date the PRC proposed for the visit
             */
            scheduledFor?: string;
            /** @description RECORD_VISIT only: whether inspectors had full access */
            fullAccess?: boolean;
            /**
             * @description CLOSE only
             * @enum {string}
             */
            outcome?: "NO_ACTION" | "WRO_RECOMMENDED" | "FINDING_RECOMMENDED" | "FACILITY_BLOCKED";
            note?: string;
        };
        ImportCaseDto: {
            /**
             * @description The case reference in the record it comes from; a case is imported once per reference
             * @example USCC-1994-01
             */
            externalReference: string;
            /**
             * Format: email
             * @description The active investigator or supervisor who holds the case and is recorded as the actor of its facts
             */
            investigator: string;
            /**
             * Format: date-time
             * @description When the case was opened; no fact may be earlier
             */
            openedAt: string;
            facility: components["schemas"]["ImportFacilityDto"];
            allegation: components["schemas"]["ImportAllegationDto"];
            /** @description Its dated facts; applied in the order they happened */
            facts: components["schemas"]["ImportFactDto"][];
        };
        ImportRequestDto: {
            /** @description What the file holds, for its reader */
            about?: string;
            /** @description The published sources the cases were built from */
            sources?: string[];
            cases: components["schemas"]["ImportCaseDto"][];
        };
        ImportedCaseDto: {
            externalReference: string;
            /** Format: uuid */
            caseId: string;
            /** @description Case reference shown to users */
            reference: string;
            stage: string;
            /** @description Facts recorded on the case */
            facts: number;
        };
        ExistingCaseDto: {
            externalReference: string;
            /** Format: uuid */
            caseId: string;
        };
        RefusedCaseDto: {
            /** @description Position of the case in the file, from 0 */
            index: number;
            externalReference: string | null;
            /** @description Why, one sentence each; nothing of this case was written */
            reasons: string[];
        };
        FailedCaseDto: {
            externalReference: string;
            /** Format: uuid */
            caseId: string;
            /** @description Facts recorded before the failure */
            factsRecorded: number;
            reason: string;
        };
        ImportReportDto: {
            /** @description Cases opened by this import */
            created: components["schemas"]["ImportedCaseDto"][];
            /** @description Cases whose external reference was already imported: left as they are */
            existing: components["schemas"]["ExistingCaseDto"][];
            /** @description Cases refused before anything was written */
            refused: components["schemas"]["RefusedCaseDto"][];
            /** @description Cases the workflow stopped part-way (not expected once a case passed its checks) */
            failed: components["schemas"]["FailedCaseDto"][];
        };
        DocumentDto: {
            /** Format: uuid */
            id: string;
            /** @description File name as uploaded */
            name: string;
            /**
             * @description Media type
             * @example application/pdf
             */
            type: string;
            /** @description Bytes */
            size: number;
            /** @description Hex SHA-256 of the bytes as uploaded */
            sha256: string;
            /** Format: uuid */
            uploadedBy: string;
            /** Format: date-time */
            uploadedAt: string;
            /** @description Where to download it */
            href: string;
        };
        DocumentRecordedInDto: {
            /** @description The event of the case or entry that carries the document */
            sequence: number;
            type: string;
            /** @description The SHA-256 that event recorded */
            sha256: string;
        };
        DocumentVerificationDto: {
            /** Format: uuid */
            documentId: string;
            /** @description SHA-256 recomputed now from the stored bytes */
            storedSha256: string;
            /** @description SHA-256 taken at upload */
            uploadedSha256: string;
            /** @description The events whose payload names the document (empty until it is sent with a fact) */
            recordedIn: components["schemas"]["DocumentRecordedInDto"][];
            /** @description The stored bytes hash to what was taken at upload and to what every event recorded */
            valid: boolean;
        };
        EnforcementOrderDto: {
            /** Format: uuid */
            id: string;
            /** @example WRO-2026-0001 */
            reference: string;
            /** @enum {string} */
            kind: "WRO" | "FINDING";
            /**
             * @description PROPOSED and REJECTED orders were never issued and stop nothing
             * @enum {string}
             */
            status: "PROPOSED" | "ACTIVE" | "REVOKED" | "REJECTED";
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** @description Empty: every good of the facility */
            productCategories: string[];
            /** @example 19 CFR 12.42(e) */
            legalBasis: string;
            reason: string;
            /** Format: uuid */
            caseId: string | null;
            caseReference: string | null;
            /**
             * Format: date
             * @description Goods imported on or after it are covered
             */
            effectiveFrom: string;
            /** Format: date-time */
            issuedAt: string | null;
            /** @description User id, or `system` when a case's clock asked */
            requestedBy: string;
            /** Format: uuid */
            approvedBy: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description Whether a request on it waits for a second supervisor */
            pending: boolean;
        };
        CountDto: {
            key: string;
            count: number;
        };
        YearCountDto: {
            year: number;
            count: number;
        };
        EnforcementAggregateDto: {
            total: number;
            byKind: components["schemas"]["CountDto"][];
            byStatus: components["schemas"]["CountDto"][];
            /** @description An order naming no category counts under ALL_GOODS */
            byCategory: components["schemas"]["CountDto"][];
            /** @description Year of issue (of the proposal, for orders never issued) */
            byYear: components["schemas"]["YearCountDto"][];
        };
        ProposeOrderDto: {
            /** @description Why: kept in the order's history */
            reason: string;
            /**
             * @description WRO: 19 CFR 12.42(e); FINDING: 12.42(f)
             * @enum {string}
             */
            kind: "WRO" | "FINDING";
            /** Format: uuid */
            facilityId: string;
            /**
             * @description Product category codes the order covers; empty: every good of the facility
             * @example [
             *       "GARMENTS"
             *     ]
             */
            productCategories: string[];
            /**
             * Format: date
             * @description First day of importation covered (YYYY-MM-DD)
             */
            effectiveFrom: string;
            /**
             * Format: uuid
             * @description The case of this facility the order rests on, if any
             */
            caseId?: string;
        };
        ModifyOrderDto: {
            /** @description Why: kept in the order's history */
            reason: string;
            /**
             * @description Product category codes the order covers; empty: every good of the facility
             * @example [
             *       "GARMENTS"
             *     ]
             */
            productCategories?: string[];
            /**
             * Format: date
             * @description First day of importation covered (YYYY-MM-DD)
             */
            effectiveFrom?: string;
        };
        RevokeOrderDto: {
            /** @description Why: kept in the order's history */
            reason: string;
        };
        OrderDecisionDto: {
            /** @description Why: kept in the order's history */
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL and Temporal both answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description One of them does not; the body says which */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthFailureDto"];
                };
            };
        };
    };
    authLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description A signed access token and who it is for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description E-mail or password is wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many attempts; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    authMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthUserDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    authChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description A new token for this session; tokens issued before no longer work */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    authSetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordDto"];
            };
        };
        responses: {
            /** @description The password is set; sign in with it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordSetDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description The link is not valid */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The link was used already or has expired */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many attempts; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesList: {
        parameters: {
            query?: {
                stage?: "OPEN" | "INVESTIGATION_REQUESTED" | "VISIT_REQUESTED" | "PRC_REPORT_RECEIVED" | "VISIT_SCHEDULED" | "VISIT_CONDUCTED" | "US_REPORT_ISSUED" | "ENFORCEMENT_REVIEW" | "ACCESS_DENIED" | "CLOSED" | "WITHDRAWN" | "REOPENED";
                facilityId?: string;
                assigneeId?: string;
                /** @description Only cases with a clock past its due date */
                overdue?: boolean;
                /** @description Only cases with a clock in its at-risk window (reminder sent, not yet due) */
                atRisk?: boolean;
                /** @description Minimum escalation level reached */
                escalationLevel?: number;
                sort?: "nextDeadlineAt" | "-nextDeadlineAt" | "openedAt" | "-openedAt";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseListDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesOpen: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Retries with the same key return the same case */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCaseDto"];
            };
        };
        responses: {
            /** @description The case as opened, its first clocks running */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The Idempotency-Key was already used with a different request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesDetail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the case's event hash chain is intact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesRequestInvestigation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesRequestVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesRecordPrcReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrcReportDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesScheduleVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleVisitDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesRecordVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesIssueUsReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsReportDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesRecordAccessDenied: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessDeniedDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCaseDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlainActionDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesReopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlainActionDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesBeginEnforcementReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlainActionDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesRecordPetition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PetitionDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesForwardPetition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardPetitionDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesRecordPrcInvestigationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesIssueUsInvestigationReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsInvestigationReportDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesEditNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
                /** @description The note */
                noteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditNoteDto"];
            };
        };
        responses: {
            /** @description The case with the note as edited */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The note was already sent */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesApproveNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
                /** @description The note */
                noteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case with the note approved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Four-eyes, or the note is not a draft; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
        };
    };
    casesMarkNoteSent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
                /** @description The note */
                noteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendNoteDto"];
            };
        };
        responses: {
            /** @description The case with the note sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The note is not approved, or was already sent */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesReassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignCaseDto"];
            };
        };
        responses: {
            /** @description The case after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal in the case as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesPause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
                /** @description The clock, as the case lists it */
                deadlineKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatedReasonDto"];
            };
        };
        responses: {
            /** @description The case after the change to the clock */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The clock cannot change so as things stand; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
                /** @description The clock, as the case lists it */
                deadlineKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatedReasonDto"];
            };
        };
        responses: {
            /** @description The case after the change to the clock */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The clock cannot change so as things stand; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    casesExtend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
                /** @description The clock, as the case lists it */
                deadlineKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendDeadlineDto"];
            };
        };
        responses: {
            /** @description The case after the change to the clock */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The clock cannot change so as things stand; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    approvalsList: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalListItemDto"][];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    approvalsApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The approval */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description The case the approval belongs to, the facility for an unblock request, or the order for a request on an order, after the decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"] | components["schemas"]["FacilityDetailDto"] | components["schemas"]["EnforcementOrderDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Four-eyes: the person who asked, or the case's own investigator, may not decide; or it is decided already; or decidedAt precedes the request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    approvalsReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The approval */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description The case the approval belongs to, the facility for an unblock request, or the order for a request on an order, after the decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"] | components["schemas"]["FacilityDetailDto"] | components["schemas"]["EnforcementOrderDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Four-eyes: the person who asked, or the case's own investigator, may not decide; or it is decided already; or decidedAt precedes the request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    escalationsList: {
        parameters: {
            query?: {
                /** @description Only escalations nobody has acknowledged yet */
                unacknowledged?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Highest level first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationListItemDto"][];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    escalationsAcknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The escalation: case id, deadline key and level */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlainActionDto"];
            };
        };
        responses: {
            /** @description The case after the acknowledgement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Already acknowledged; `reason` says so */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    agendaGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    agendaSetMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetMeetingDto"];
            };
        };
        responses: {
            /** @description The agenda with the meeting set */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A meeting on that date is already set */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    entriesList: {
        parameters: {
            query?: {
                status?: "PENDING_SCREENING" | "RELEASED" | "DETAINED" | "EXCLUDED" | "EXPORTED" | "PROTESTED" | "ABANDONED" | "PROTEST_DENIED" | "PROTEST_GRANTED";
                facilityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, up to 500; an importer sees only its own */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntrySummaryDto"][];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    entriesFile: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Retries with the same key return the same entry */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileEntryDto"];
            };
        };
        responses: {
            /** @description The entry as screened: released, or detained with its reasons and clocks */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The Idempotency-Key was already used with a different request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    entriesDetail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    entriesFileProof: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProofDto"];
            };
        };
        responses: {
            /** @description The entry after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal for the entry as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    entriesExportGoods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryNoteDto"];
            };
        };
        responses: {
            /** @description The entry after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal for the entry as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    entriesFileProtest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProtestDto"];
            };
        };
        responses: {
            /** @description The entry after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal for the entry as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    entriesRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryDecisionDto"];
            };
        };
        responses: {
            /** @description The entry after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal for the entry as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    entriesExclude: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryDecisionDto"];
            };
        };
        responses: {
            /** @description The entry after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal for the entry as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    entriesExtend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryDecisionDto"];
            };
        };
        responses: {
            /** @description The entry after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal for the entry as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    entriesDecideProtest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProtestDecisionDto"];
            };
        };
        responses: {
            /** @description The entry after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The move is not legal for the entry as it stands; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    entriesDecideNameMatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NameMatchDecisionDto"];
            };
        };
        responses: {
            /** @description The entry screened again: as the confirmed facility, or without the near match */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No near match awaits a decision on the entry; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    entriesScreening: {
        parameters: {
            query: {
                /** @description Manufacturer: a facility id or its name as in the registry */
                manufacturer: string;
                category: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    boardList: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description `open` = on_track, at_risk, overdue and paused together (the default) */
                state?: "on_track" | "at_risk" | "overdue" | "paused" | "met" | "missed" | "open";
                kind?: string;
                subject?: "case" | "entry";
                assigneeId?: string;
                facilityId?: string;
                sort?: "dueAt" | "-dueAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    boardDeadlinesCsv: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description `open` = on_track, at_risk, overdue and paused together (the default) */
                state?: "on_track" | "at_risk" | "overdue" | "paused" | "met" | "missed" | "open";
                kind?: string;
                subject?: "case" | "entry";
                assigneeId?: string;
                facilityId?: string;
                sort?: "dueAt" | "-dueAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The board as CSV, one clock a row (up to 50,000), under the same filters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    boardCasesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every case as CSV, one a row (up to 50,000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    notificationsList: {
        parameters: {
            query?: {
                /** @description Only unread notifications */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    notificationsMarkRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The notification */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReadDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    failedMessagesList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedMessagesDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    failedMessagesRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The failed e-mail */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedMessageRetryDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The e-mail is not failed (already sent, or waiting for its next attempt) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
        };
    };
    eventsStream: {
        parameters: {
            query?: {
                /** @description The bearer token, for clients that cannot send headers */
                access_token?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A stream of `event: <type>` / `id: <stream>:<id>:<sequence>` / `data: <JSON announcement>` messages, and a heartbeat every 25 s */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    facilitiesList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityDto"][];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    facilitiesCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFacilityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    facilitiesAggregate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityAggregateDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    facilitiesGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The facility */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    facilitiesRequestUnblock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The facility */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnblockRequestDto"];
            };
        };
        responses: {
            /** @description The facility; a second supervisor decides through /approvals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The facility is not blocked, an unblock request is already pending, or the visit cited was held before the block; `message` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    facilityNamesSetNames: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The facility */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FacilityNamesDto"];
            };
        };
        responses: {
            /** @description The facility with its names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    referenceDataList: {
        parameters: {
            query?: {
                /** @description Include retired categories (the administrator's list); forms offer only those in use */
                includeRetired?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By code; those in use unless includeRetired */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCategoryDto"][];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    referenceDataCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductCategoryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCategoryDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A category with this code already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    referenceDataUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The category code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProductCategoryDto"];
            };
        };
        responses: {
            /** @description The category as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCategoryDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    referenceDataRetire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The category code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireProductCategoryDto"];
            };
        };
        responses: {
            /** @description The category as retired */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCategoryDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Already retired */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    reviewsList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Latest programme year first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewSummaryDto"][];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    reviewsStart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartReviewDto"];
            };
        };
        responses: {
            /** @description The review already started for this programme year */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDetailDto"];
                };
            };
            /** @description The review, started now */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    reviewsThresholds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewThresholdsDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    reviewsWhatIf: {
        parameters: {
            query: {
                minimumRequests?: number;
                revokeGrantRateBelow?: number;
                revokeOnTimeRateBelow?: number;
                revokeOpenAfterDays?: number;
                revokeOpenShare?: number;
                maintainGrantRateAtLeast?: number;
                maintainOnTimeRateAtLeast?: number;
                maintainReportOnTimeRateAtLeast?: number;
                maintainMaxOpenDays?: number;
                usComplianceRateAtLeast?: number;
                insufficientDataReReviewMonths?: number;
                /** @description First day of the window (inclusive) */
                from: string;
                /** @description Day the window ends (exclusive), as a review period ends */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIfDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    reviewsDetail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review: `mou-review-` and the first day of its programme year */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDetailDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    reviewsMarkdown: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review: `mou-review-` and the first day of its programme year */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as Markdown (attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The programme year has not ended: no report yet (`reason`: ReportNotReady) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
        };
    };
    reviewsHtml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review: `mou-review-` and the first day of its programme year */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as a web page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The programme year has not ended: no report yet (`reason`: ReportNotReady) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
        };
    };
    reviewsPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review: `mou-review-` and the first day of its programme year */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as PDF (attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The programme year has not ended: no report yet (`reason`: ReportNotReady) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
        };
    };
    reviewsFacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review: `mou-review-` and the first day of its programme year */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every request and US report the decision counted (attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The programme year has not ended: no report yet (`reason`: ReportNotReady) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
        };
    };
    reviewsSignOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review: `mou-review-` and the first day of its programme year */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOffReviewDto"];
            };
        };
        responses: {
            /** @description The review, signed off */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The year is still running, or the review is already signed off; `reason` says which */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    calendarsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The calendar */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    calendarsClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The calendar */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeClosureDayDto"];
            };
        };
        responses: {
            /** @description The calendar at its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarChangedDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The day already is (or is not) a closure day, is a weekend, or another version was just made (`reason` says which) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    calendarsReopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The calendar */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeClosureDayDto"];
            };
        };
        responses: {
            /** @description The calendar at its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarChangedDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The day already is (or is not) a closure day, is a weekend, or another version was just made (`reason` says which) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    settingsGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    settingsSave: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveSettingsDto"];
            };
        };
        responses: {
            /** @description The settings at the new version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Another administrator made that version first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    settingsOpenCasesToApply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenCasesToApplyDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    settingsApplyToOpenCases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplySettingsDto"];
            };
        };
        responses: {
            /** @description The cases moved, and those left as they were */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsAppliedDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The version confirmed is no longer the version in force */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    rulesDeadlines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineRulesDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    rulesCaseStages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStagesDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    usersList: {
        parameters: {
            query?: {
                role?: "investigator" | "supervisor" | "policy" | "importer" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Active users, by role and name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSummaryDto"][];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    peopleList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"][];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    peopleInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitePersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitedPersonDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The e-mail already has an account */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    peopleChangeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            /** @description The user as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Your own account */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    peopleResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordLinkSentDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The user is deactivated */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    peopleDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonActionDto"];
            };
        };
        responses: {
            /** @description The user as deactivated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Already deactivated, or your own account */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    organisationsList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"][];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    organisationsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An importer of this name exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    auditList: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Who acted */
                actorId?: string;
                /** @description What was done: an action, or a prefix ending in a dot (`user.`) */
                action?: string;
                outcome?: "success" | "denied" | "failure";
                /** @description Part of the subject: an e-mail, a category code, a route */
                target?: string;
                /** @description From this instant (inclusive) */
                from?: string;
                /** @description Before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    auditCsv: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Who acted */
                actorId?: string;
                /** @description What was done: an action, or a prefix ending in a dot (`user.`) */
                action?: string;
                outcome?: "success" | "denied" | "failure";
                /** @description Part of the subject: an e-mail, a category code, a route */
                target?: string;
                /** @description From this instant (inclusive) */
                from?: string;
                /** @description Before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One event a row, newest first (up to 50,000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    chainVerificationVerify: {
        parameters: {
            query: {
                subject: "case" | "facility" | "entry" | "order" | "user" | "product-category" | "review" | "approval" | "organisation" | "bilateral-meeting" | "audit-log" | "settings" | "calendar";
                /** @description The record's id, or the name it is known by: a case's or entry's reference, a facility's exact name, a user's e-mail, a category's code, a calendar's id, a review's id. Not needed for the audit log and the settings, which are one log each. */
                ref?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectChainVerificationDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    chainVerificationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainWatchStatusDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    chainVerificationAnchor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnchorCheckDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No anchor has been taken yet (`NoAnchor`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
        };
    };
    recordVerificationFacility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The facility */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    recordVerificationEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    recordVerificationReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review: `mou-review-` and the first day of its programme year */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    importsRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportRequestDto"];
            };
        };
        responses: {
            /** @description What was created, what already existed, what was refused and why */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    documentsListForCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"][];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    documentsUploadToCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The document: PDF, PNG, JPEG or plain text unless DOCUMENT_TYPES says otherwise; at most DOCUMENT_MAX_BYTES
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The document as stored; send its id in documentIds with the fact it proves */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description No file, a type not accepted, or content that is not of its type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Larger than DOCUMENT_MAX_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    documentsListForEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"][];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    documentsUploadToEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The document: PDF, PNG, JPEG or plain text unless DOCUMENT_TYPES says otherwise; at most DOCUMENT_MAX_BYTES
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The document as stored; send its id in documentIds with the proof it supports */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description No file, a type not accepted, or content that is not of its type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Larger than DOCUMENT_MAX_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    documentsDownload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, with the media type they were uploaded as (attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such document, or its case or entry is not yours to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    documentsVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentVerificationDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such document, or its case or entry is not yours to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ordersList: {
        parameters: {
            query?: {
                kind?: "WRO" | "FINDING";
                status?: "PROPOSED" | "ACTIVE" | "REVOKED" | "REJECTED";
                facilityId?: string;
                /** @description Orders covering this product category (an order naming none covers all) */
                category?: string;
                /** @description Year of issue (of the proposal, for orders never issued) */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementOrderDto"][];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ordersPropose: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeOrderDto"];
            };
        };
        responses: {
            /** @description The order, PROPOSED */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementOrderDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ordersAggregate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementAggregateDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ordersGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementOrderDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ordersRequestModification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyOrderDto"];
            };
        };
        responses: {
            /** @description The order, with the request waiting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementOrderDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The order is not in force (never issued, or already revoked), or a request on it already waits; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ordersRequestRevocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeOrderDto"];
            };
        };
        responses: {
            /** @description The order, with the request waiting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementOrderDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The order is not in force (never issued, or already revoked), or a request on it already waits; `reason` says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ordersApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderDecisionDto"];
            };
        };
        responses: {
            /** @description The order after the decision; its facility's open entries are screened again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementOrderDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Four-eyes: the person who asked, or someone investigating a case on the facility, may not decide; or nothing waits for a decision */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ordersReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderDecisionDto"];
            };
        };
        responses: {
            /** @description The order after the decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementOrderDetailDto"];
                };
            };
            /** @description Invalid input: `fields` names every offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponseDto"];
                };
            };
            /** @description No token, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller's role lacks this route's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Four-eyes: the person who asked, or someone investigating a case on the facility, may not decide; or nothing waits for a decision */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}
