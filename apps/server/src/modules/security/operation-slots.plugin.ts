import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../../context';
import type { OperationSlots } from './operation-slots';

/** On HTTP a slot is taken once the operation is known and given back with its answer, an error's included. */
export function operationSlotsPlugin(slots: OperationSlots): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart({ contextValue }) {
      const principalId = contextValue.principal?.id;
      let holding = false;
      return {
        async didResolveOperation() {
          if (!principalId) return;
          const refused = slots.take(principalId);
          if (refused) throw refused;
          holding = true;
        },
        async willSendResponse() {
          if (holding) slots.release(principalId!);
          holding = false;
        },
      };
    },
  };
}
