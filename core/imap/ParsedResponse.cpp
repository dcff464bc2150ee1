#include "imap/ParsedResponse.h"

namespace Core::Imap {

ParsedResponse::ParsedResponse(std::unique_ptr<Parser::response> response)
    : m_response(std::move(response))
{
}

const ParsedResponse::Parser::resp_text* ParsedResponse::taggedText() const
{
    return m_response->response_done()->response_tagged()->resp_cond_state()->resp_text();
}

} // namespace Core::Imap
