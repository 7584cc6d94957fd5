// Decisions the API description cannot make for us: the public names and request shapes of the
// official SDKs (intercom-client 7.x, whose method names operations.json lists), and which operations
// read although they POST. Everything else (parameters, bodies, responses) is derived from the description.

/** Request type name per operation, as intercom-client 7.x exports it. */
export const requestTypeNames = {
  'admins.away': 'ConfigureAwayAdminRequest',
  'admins.find': 'FindAdminRequest',
  'admins.list': 'ListAdminsRequest',
  'admins.listAllActivityLogs': 'ListAllActivityLogsRequest',
  'aiContent.createContentImportSource': 'CreateContentImportSourceRequest',
  'aiContent.createExternalPage': 'CreateExternalPageRequest',
  'aiContent.deleteContentImportSource': 'DeleteContentImportSourceRequest',
  'aiContent.deleteExternalPage': 'DeleteExternalPageRequest',
  'aiContent.getContentImportSource': 'GetContentImportSourceRequest',
  'aiContent.getExternalPage': 'GetExternalPageRequest',
  'aiContent.updateContentImportSource': 'UpdateContentImportSourceRequest',
  'aiContent.updateExternalPage': 'UpdateExternalPageRequest',
  'articles.create': 'CreateArticleRequest',
  'articles.delete': 'DeleteArticleRequest',
  'articles.find': 'FindArticleRequest',
  'articles.list': 'ListArticlesRequest',
  'articles.search': 'SearchArticlesRequest',
  'articles.update': 'UpdateArticleRequest',
  'calls.listCalls': 'ListCallsRequest',
  'calls.listCallsWithTranscripts': 'ListCallsWithTranscriptsRequest',
  'calls.showCall': 'ShowCallRequest',
  'calls.showCallRecording': 'ShowCallRecordingRequest',
  'calls.showCallTranscript': 'ShowCallTranscriptRequest',
  'companies.attachContact': 'AttachContactToCompanyRequest',
  'companies.createOrUpdate': 'CreateOrUpdateCompanyRequest',
  'companies.delete': 'DeleteCompanyRequest',
  'companies.detachContact': 'DetachContactFromCompanyRequest',
  'companies.find': 'FindCompanyRequest',
  'companies.list': 'ListCompaniesRequest',
  'companies.listAttachedContacts': 'ListAttachedContactsRequest',
  'companies.listAttachedSegments': 'ListSegmentsAttachedToCompanyRequest',
  'companies.retrieve': 'RetrieveCompanyRequest',
  'companies.scroll': 'ScrollCompaniesRequest',
  'companies.update': 'UpdateCompanyRequest',
  'contacts.archive': 'ArchiveContactRequest',
  'contacts.attachSubscription': 'AttachSubscriptionToContactRequest',
  'contacts.blockContact': 'BlockContactRequest',
  'contacts.create': 'CreateContactRequest',
  'contacts.delete': 'DeleteContactRequest',
  'contacts.detachSubscription': 'DetachSubscriptionFromContactRequest',
  'contacts.find': 'FindContactRequest',
  'contacts.list': 'ListContactsRequest',
  'contacts.listAttachedCompanies': 'ListAttachedCompaniesRequest',
  'contacts.listAttachedSegments': 'ListSegmentsAttachedToContactRequest',
  'contacts.listAttachedSubscriptions': 'ListAttachedSubscriptionsRequest',
  'contacts.listAttachedTags': 'ListTagsAttachedToContactRequest',
  'contacts.mergeLeadInUser': 'MergeContactsRequest',
  'contacts.search': 'SearchRequestInput',
  'contacts.showContactByExternalId': 'ShowContactByExternalIdRequest',
  'contacts.unarchive': 'UnarchiveContactRequest',
  'contacts.update': 'UpdateContactRequest',
  'conversations.attachContactAsAdmin': 'AttachContactToConversationRequest',
  'conversations.convertToTicket': 'ConvertConversationToTicketRequest',
  'conversations.create': 'CreateConversationRequest',
  'conversations.deleteConversation': 'DeleteConversationRequest',
  'conversations.detachContactAsAdmin': 'DetachContactFromConversationRequest',
  'conversations.find': 'FindConversationRequest',
  'conversations.list': 'ListConversationsRequest',
  'conversations.manage': 'ManageConversationPartsRequest',
  'conversations.redactConversationPart': 'RedactConversationRequest',
  'conversations.reply': 'ReplyToConversationRequest',
  'conversations.runAssignmentRules': 'AutoAssignConversationRequest',
  'conversations.search': 'SearchRequestInput',
  'conversations.update': 'UpdateConversationRequest',
  'customChannelEvents.notifyAttributeCollected': 'NotifyAttributeCollectedRequest',
  'customChannelEvents.notifyNewConversation': 'CustomChannelBaseEvent',
  'customChannelEvents.notifyNewMessage': 'NotifyNewMessageRequest',
  'customChannelEvents.notifyQuickReplySelected': 'NotifyQuickReplySelectedRequest',
  'customObjectInstances.createCustomObjectInstances': 'CreateOrUpdateCustomObjectInstanceRequest',
  'customObjectInstances.deleteCustomObjectInstancesByExternalId': 'DeleteCustomObjectInstancesByExternalIdRequest',
  'customObjectInstances.deleteCustomObjectInstancesById': 'DeleteCustomObjectInstancesByIdRequest',
  'customObjectInstances.getCustomObjectInstancesByExternalId': 'GetCustomObjectInstancesByExternalIdRequest',
  'customObjectInstances.getCustomObjectInstancesById': 'GetCustomObjectInstancesByIdRequest',
  'dataAttributes.create': 'CreateDataAttributeRequest',
  'dataAttributes.list': 'ListDataAttributesRequest',
  'dataAttributes.update': 'UpdateDataAttributeRequest',
  'dataExport.cancel': 'CancelDataExportRequest',
  'dataExport.create': 'CreateDataExportRequest',
  'dataExport.download': 'DownloadDataExportRequest',
  'dataExport.downloadReportingDataExport': 'DownloadReportingDataExportRequest',
  'dataExport.exportReportingData': 'ExportReportingDataRequest',
  'dataExport.find': 'FindDataExportRequest',
  'events.create': 'CreateDataEventRequest',
  'events.list': 'ListEventsRequest',
  'events.summaries': 'ListEventSummariesRequest',
  'export.enqueueANewReportingDataExportJob': 'PostExportReportingDataEnqueueRequest',
  'helpCenters.collections.create': 'CreateCollectionRequest',
  'helpCenters.collections.delete': 'DeleteCollectionRequest',
  'helpCenters.collections.find': 'FindCollectionRequest',
  'helpCenters.collections.list': 'ListCollectionsRequest',
  'helpCenters.collections.update': 'UpdateCollectionRequest',
  'helpCenters.find': 'FindHelpCenterRequest',
  'helpCenters.list': 'ListHelpCentersRequest',
  'internalArticles.createInternalArticle': 'CreateInternalArticleRequest',
  'internalArticles.deleteInternalArticle': 'DeleteInternalArticleRequest',
  'internalArticles.retrieveInternalArticle': 'RetrieveInternalArticleRequest',
  'internalArticles.searchInternalArticles': 'SearchInternalArticlesRequest',
  'internalArticles.updateInternalArticle': 'UpdateInternalArticleRequestBody',
  'ipAllowlist.updateIpAllowlist': 'UpdateIpAllowlistRequest',
  'jobs.status': 'JobsStatusRequest',
  'messages.create': 'CreateMessageRequest',
  'news.feeds.find': 'FindNewsFeedRequest',
  'news.feeds.listItems': 'ListNewsFeedItemsRequest',
  'news.items.create': 'NewsItemRequest',
  'news.items.delete': 'DeleteNewsItemRequest',
  'news.items.find': 'FindNewsItemRequest',
  'news.items.update': 'UpdateNewsItemRequest',
  'notes.create': 'CreateContactNoteRequest',
  'notes.find': 'FindNoteRequest',
  'notes.list': 'ListContactNotesRequest',
  'phoneCallRedirects.create': 'CreatePhoneSwitchRequest',
  'segments.find': 'FindSegmentRequest',
  'segments.list': 'ListSegmentsRequest',
  'tags.create': 'TagsCreateRequestBody',
  'tags.delete': 'DeleteTagRequest',
  'tags.find': 'FindTagRequest',
  'tags.tagContact': 'TagContactRequest',
  'tags.tagConversation': 'TagConversationRequest',
  'tags.tagTicket': 'TagTicketRequest',
  'tags.untagContact': 'UntagContactRequest',
  'tags.untagConversation': 'UntagConversationRequest',
  'tags.untagTicket': 'UntagTicketRequest',
  'teams.find': 'FindTeamRequest',
  'ticketTypes.attributes.create': 'CreateTicketTypeAttributeRequest',
  'ticketTypes.attributes.update': 'UpdateTicketTypeAttributeRequest',
  'ticketTypes.create': 'CreateTicketTypeRequest',
  'ticketTypes.get': 'FindTicketTypeRequest',
  'ticketTypes.update': 'UpdateTicketTypeRequest',
  'tickets.create': 'CreateTicketRequest',
  'tickets.deleteTicket': 'DeleteTicketRequest',
  'tickets.enqueueCreateTicket': 'EnqueueCreateTicketRequest',
  'tickets.get': 'FindTicketRequest',
  'tickets.reply': 'ReplyToTicketRequest',
  'tickets.search': 'SearchRequestInput',
  'tickets.update': 'UpdateTicketRequest',
  'visitors.find': 'FindVisitorRequest',
  'visitors.mergeToContact': 'MergeVisitorToContactRequest',
  'visitors.update': 'UpdateVisitorRequest',
};

/**
 * Operations whose body is passed as `request.body` next to the path parameters, as in intercom-client 7.x
 * (`conversations.reply({ conversation_id, body: {...} })`). All others spread the body's fields into the request.
 */
export const wrappedBodies = new Set([
  'companies.update',
  'conversations.manage',
  'conversations.reply',
  'dataAttributes.update',
  'news.items.update',
  'tickets.reply',
]);

/** Names for responses the description declares inline (intercom-client 7.x names where it has them). */
export const responseTypeNames = {
  'contacts.create': 'ContactsCreateResponse',
  'contacts.find': 'ContactsFindResponse',
  'contacts.mergeLeadInUser': 'ContactsMergeLeadInUserResponse',
  'contacts.showContactByExternalId': 'ShowContactByExternalIdResponse',
  'contacts.update': 'ContactsUpdateResponse',
  'conversations.create': 'ConversationsCreateResponse',
  'calls.listCallsWithTranscripts': 'ListCallsWithTranscriptsResponse',
  'dataExport.exportReportingData': 'DataExportExportReportingDataResponse',
  'events.list': 'ListEventsResponse',
  'export.enqueueANewReportingDataExportJob': 'PostExportReportingDataEnqueueResponse',
  'export.listAvailableDatasetsAndAttributes': 'GetExportReportingDataGetDatasetsResponse',
};

/**
 * POSTs that only read, so retrying them is as safe as retrying a GET: the three query searches,
 * the company listing (POST only because of its history; its parameters are in the query string) and the
 * call lookup by conversation ids. `events.summaries` is not here: it records event counts.
 */
export const readOnlyPosts = new Set([
  'calls.listCallsWithTranscripts',
  'companies.list',
  'contacts.search',
  'conversations.search',
  'tickets.search',
]);

/** The search catalog each query search is checked against. */
export const searchResources = {
  'contacts.search': 'contacts',
  'conversations.search': 'conversations',
  'tickets.search': 'tickets',
};

/**
 * Query parameters the SDKs accept although 2.14 does not declare them. Pagination parameters are added per
 * pagination style (see `paginationQuery`); `events.list` also takes `per_page` (its description says so).
 */
export const extraQuery = {
  'events.list': [{ name: 'per_page', schema: { type: 'integer' } }],
};

/** Query parameters each pagination style reads and writes. */
export const paginationQuery = {
  cursor: [
    { name: 'per_page', schema: { type: 'integer' } },
    { name: 'starting_after', schema: { type: 'string' } },
  ],
  page: [
    { name: 'page', schema: { type: 'integer' } },
    { name: 'per_page', schema: { type: 'integer' } },
  ],
  scroll: [{ name: 'scroll_param', schema: { type: 'string' } }],
  'search-cursor': [],
};

/** Media types the API sends only when asked for them (its description says the header is required). */
export const acceptHeaders = {
  'dataExport.download': 'application/octet-stream',
  'dataExport.downloadReportingDataExport': 'application/octet-stream',
};
