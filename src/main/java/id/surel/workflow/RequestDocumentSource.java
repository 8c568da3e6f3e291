package id.surel.workflow;

import id.surel.sop.SopDefinition;
import java.util.List;

/**
 * Documents another feature keeps or derives for a request (letters, disposition sheets), listed on the staff request
 * page. Implemented outside the workflow feature, which so never depends on it.
 */
public interface RequestDocumentSource {

    List<RequestDocumentLink> documents(RequestRecord request, SopDefinition definition, List<HistoryEntry> history);
}
