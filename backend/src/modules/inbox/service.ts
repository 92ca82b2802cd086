import { AbstractNotificationProviderService } from "@medusajs/framework/utils"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"

/**
 * The "feed" channel: a message for the buyer's account page. Medusa's notification module keeps every notification
 * (to, template, data, receiver); this provider has nothing further to send, and logs nothing of it.
 */
class InboxNotificationService extends AbstractNotificationProviderService {
  static identifier = "inbox"

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    return { id: `inbox:${notification.template}` }
  }
}

export default InboxNotificationService
